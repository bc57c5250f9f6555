import { useState } from 'react'
import type { DraftState } from './api/client'
import { createHistory } from './history/historyStore'

/**
 * The draft as the server last sent it, and the curator's edits on top of it. `adopt` is the one way a new server
 * draft comes in (after a save, a restore, or a conflict resolved either way): both change together, so the
 * versions the next save names always belong to the document being edited.
 */
export function useServerDraft(initial: DraftState) {
  const [draft, setDraft] = useState(initial)
  const [history] = useState(() => createHistory(initial.document))
  const adopt = (latest: DraftState) => {
    setDraft(latest)
    history.getState().reset(latest.document)
  }
  return { draft, history, adopt }
}
