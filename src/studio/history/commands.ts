import type { Exhibit, Exhibition } from '../../content/schema'
import { inTourOrder } from '../../content/tourOrder'

/**
 * One curator edit, reversible: the studio changes the draft only through commands, so undo, redo and a readable
 * list of unsaved changes come with every edit (the three.js editor's Command pattern, on immutable documents).
 */
export interface Command {
  /** Shown in the undo/redo buttons' labels and the change list. */
  label: string
  /** The exhibit the edit touches, if any: saving sends exactly these. */
  exhibitId: string | null
  apply: (doc: Exhibition) => Exhibition
  revert: (doc: Exhibition) => Exhibition
}

const replaceExhibit = (doc: Exhibition, id: string, next: Exhibit): Exhibition => ({
  ...doc,
  exhibits: doc.exhibits.map((exhibit) => (exhibit.id === id ? next : exhibit)),
})

/**
 * Changes fields of one exhibit. Apply and revert set only those fields on the exhibit as it is then, so an undo
 * after others' changes were merged in (another field of the same exhibit, say) takes back only this edit.
 */
export function updateExhibit(label: string, before: Exhibit, changes: Partial<Exhibit>): Command {
  const previous = Object.fromEntries(Object.keys(changes).map((key) => [key, before[key as keyof Exhibit]]))
  const setFields = (fields: Partial<Exhibit>) => (doc: Exhibition) => {
    const current = doc.exhibits.find((exhibit) => exhibit.id === before.id)
    return current ? replaceExhibit(doc, before.id, { ...current, ...fields }) : doc
  }
  return { label, exhibitId: before.id, apply: setFields(changes), revert: setFields(previous) }
}

/** Adds an exhibit at a position in the list (the end by default). */
export function addExhibit(label: string, exhibit: Exhibit, index?: number): Command {
  return {
    label,
    exhibitId: exhibit.id,
    apply: (doc) => {
      const exhibits = [...doc.exhibits]
      exhibits.splice(index ?? exhibits.length, 0, exhibit)
      return { ...doc, exhibits }
    },
    revert: (doc) => ({ ...doc, exhibits: doc.exhibits.filter((candidate) => candidate.id !== exhibit.id) }),
  }
}

/** Removes an exhibit; undo puts it back where it was. */
export function removeExhibit(label: string, doc: Exhibition, id: string): Command {
  const index = doc.exhibits.findIndex((exhibit) => exhibit.id === id)
  const exhibit = doc.exhibits[index]
  if (!exhibit) throw new Error(`no exhibit "${id}"`)
  const inverse = addExhibit(label, exhibit, index)
  return { label, exhibitId: id, apply: inverse.revert, revert: inverse.apply }
}

/** Moves an exhibit to another place in the tour, renumbering the stops in between. */
export function moveInTour(label: string, doc: Exhibition, id: string, toStop: number): Command {
  const order = inTourOrder(doc.exhibits).map((exhibit) => exhibit.id)
  const from = order.indexOf(id)
  if (from < 0) throw new Error(`no exhibit "${id}"`)
  const before = new Map(doc.exhibits.map((exhibit) => [exhibit.id, exhibit.tour]))
  order.splice(from, 1)
  order.splice(Math.max(0, Math.min(order.length, toStop - 1)), 0, id)
  const after = new Map(order.map((exhibitId, index) => [exhibitId, index + 1]))
  const renumber =
    (stops: Map<string, number>) =>
    (current: Exhibition): Exhibition => ({
      ...current,
      exhibits: current.exhibits.map((exhibit) => ({ ...exhibit, tour: stops.get(exhibit.id) ?? exhibit.tour })),
    })
  return { label, exhibitId: null, apply: renumber(after), revert: renumber(before) }
}
