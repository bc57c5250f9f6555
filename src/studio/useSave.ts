import { useState } from 'react'
import { useStore } from 'zustand'
import { ApiError, type Conflict, type DraftState, type StudioClient } from './api/client'
import { changesBetween, hasChanges } from './history/changes'
import type { HistoryStore } from './history/historyStore'

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'refused'; message: string; problems: { path: string; message: string }[] }
  | { kind: 'conflict'; conflict: Conflict }

/**
 * Sends the edits since the last save: one request per touched exhibit, each naming the version it started from,
 * so two curators editing different exhibits never collide and the same exhibit's stale save is refused (409).
 * A refused save ends in one of the two ways out of a conflict: keep theirs, or save mine over theirs.
 */
export function useSave(
  client: StudioClient,
  history: HistoryStore,
  draft: DraftState,
  adopt: (latest: DraftState) => void,
) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' })
  const doc = useStore(history, (state) => state.doc)
  const changes = changesBetween(draft.document, doc)
  const dirty = hasChanges(changes)

  const save = async () => {
    setStatus({ kind: 'saving' })
    try {
      let latest = draft
      const versionOf = (id: string) => latest.exhibitVersions[id]?.version ?? 0
      if (changes.tourChanged || changes.layoutChanged) {
        latest = await client.saveDocument(doc, draft.version)
      } else {
        for (const id of changes.removed) latest = await client.deleteExhibit(id, versionOf(id))
        for (const exhibit of changes.changed)
          latest = await client.saveExhibit(exhibit, draft.exhibitVersions[exhibit.id]?.version ?? 0)
        for (const exhibit of changes.added) latest = await client.addExhibit(exhibit)
      }
      adopt(latest)
      setStatus({ kind: 'saved' })
    } catch (error) {
      if (error instanceof ApiError && error.conflict) setStatus({ kind: 'conflict', conflict: error.conflict })
      else if (error instanceof ApiError)
        setStatus({ kind: 'refused', message: error.message, problems: error.problems })
      else setStatus({ kind: 'refused', message: String(error), problems: [] })
    }
  }

  /** Drops the unsaved edits and takes the draft as the server has it now. */
  const keepTheirs = async () => {
    adopt(await client.draft())
    setStatus({ kind: 'idle' })
  }

  /** Saves the curator's version of the disputed exhibit over the one saved since, now that they have seen it. */
  const keepMine = async () => {
    if (status.kind !== 'conflict') return
    const { conflict } = status
    if (conflict.scope !== 'exhibit') return
    const mine = doc.exhibits.find((exhibit) => exhibit.id === conflict.exhibitId)
    if (mine) adopt(await client.saveExhibit(mine, conflict.theirs.version))
    setStatus({ kind: 'saved' })
  }

  return { status, save, keepTheirs, keepMine, dirty, changes }
}
