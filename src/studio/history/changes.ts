import type { Exhibit, Exhibition } from '../../content/schema'

/** What differs between the draft on the server and the one being edited: what a save must send. */
export interface DraftChanges {
  added: Exhibit[]
  changed: Exhibit[]
  removed: string[]
  /** Tour numbers moved: stops are renumbered together, so such a save sends the whole document. */
  tourChanged: boolean
  /** The hall's walls, doorways, zones, size or entrance changed: such a save sends the whole document too. */
  layoutChanged: boolean
}

export function changesBetween(saved: Exhibition, edited: Exhibition): DraftChanges {
  const before = new Map(saved.exhibits.map((exhibit) => [exhibit.id, exhibit]))
  const after = new Map(edited.exhibits.map((exhibit) => [exhibit.id, exhibit]))
  const added = edited.exhibits.filter((exhibit) => !before.has(exhibit.id))
  const changed = edited.exhibits.filter((exhibit) => {
    const old = before.get(exhibit.id)
    return old !== undefined && JSON.stringify(old) !== JSON.stringify(exhibit)
  })
  const removed = saved.exhibits.filter((exhibit) => !after.has(exhibit.id)).map((exhibit) => exhibit.id)
  const tourChanged = changed.some((exhibit) => before.get(exhibit.id)?.tour !== exhibit.tour)
  const layoutChanged = JSON.stringify(saved.hall) !== JSON.stringify(edited.hall)
  return { added, changed, removed, tourChanged, layoutChanged }
}

export const hasChanges = (changes: DraftChanges): boolean =>
  changes.layoutChanged || changes.added.length + changes.changed.length + changes.removed.length > 0
