import { useEffect, useRef, useState } from 'react'
import { useStore } from 'zustand'
import { type FieldConflict, type Json, jsonEqual } from '../../content/merge'
import type { Exhibition } from '../../content/schema'
import { ApiError, type DraftState, type StudioClient } from '../api/client'
import { createHistory } from '../history/historyStore'
import { type Choice, rebase, resolve } from './rebase'

/** How often the studio asks whether someone else saved: often enough that nobody edits long on a stale draft. */
export const POLL_MS = 2000

export type SyncStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'refused'; message: string; problems: { path: string; message: string }[] }
  /** Someone saved the same fields: `merged` holds everything else merged, and theirs in those fields. */
  | { kind: 'conflict'; theirs: DraftState; merged: Exhibition; fields: FieldConflict[] }

const same = (a: Exhibition, b: Exhibition) => jsonEqual(a as unknown as Json, b as unknown as Json)

/**
 * The draft as the server last sent it (`draft`, the base of every edit), the curator's edits on top of it
 * (`history`), and keeping the two in step with the server: saves name the revision they started from and come
 * back merged; newer drafts saved by others are merged into the screen as they land; the same field changed on
 * both sides becomes a conflict the curator settles field by field. Undo history survives all of it.
 */
export function useDraftSync(client: StudioClient, initial: DraftState) {
  const [draft, setDraftState] = useState(initial)
  const draftRef = useRef(initial)
  const [history] = useState(() => createHistory(initial.document))
  const [status, setStatusState] = useState<SyncStatus>({ kind: 'idle' })
  const statusRef = useRef<SyncStatus>(status)
  const [notice, setNotice] = useState<string | null>(null)
  const doc = useStore(history, (state) => state.doc)
  const dirty = !same(draft.document, doc)

  const setDraft = (latest: DraftState) => {
    draftRef.current = latest
    setDraftState(latest)
  }
  const setStatus = (next: SyncStatus) => {
    statusRef.current = next
    setStatusState(next)
  }

  /** A newer server draft: merged into what is on screen, or, where both changed a field, a conflict to settle. */
  const takeIn = (latest: DraftState): boolean => {
    const base = draftRef.current
    const local = history.getState().doc
    const { doc: merged, conflicts } = rebase(base.document, local, latest.document)
    if (conflicts.length > 0) {
      setStatus({ kind: 'conflict', theirs: latest, merged, fields: conflicts })
      return false
    }
    const hadEdits = !same(base.document, local)
    setDraft(latest)
    if (!same(merged, local)) history.getState().replace(merged)
    const who = latest.revision?.author ?? 'Someone'
    const what = latest.revision?.summary ? ` (${latest.revision.summary})` : ''
    setNotice(
      `${who} saved the draft${what}. ${hadEdits ? 'It is merged with your unsaved edits' : 'It is shown here'}.`,
    )
    return true
  }

  const save = async () => {
    const sent = history.getState().doc
    const base = draftRef.current
    setStatus({ kind: 'saving' })
    try {
      const latest = await client.saveMerged(sent, base.revisionId)
      // Edits made while the save was on its way stay on top of what came back.
      const now = history.getState().doc
      const carried = rebase(sent, now, latest.document)
      setDraft(latest)
      if (carried.conflicts.length === 0 && !same(carried.doc, now)) history.getState().replace(carried.doc)
      if (!same(latest.document, sent)) {
        setNotice('Saved, merged with changes someone else saved meanwhile: both are shown here.')
      }
      setStatus({ kind: 'saved' })
    } catch (error) {
      if (error instanceof ApiError && error.conflict?.scope === 'fields') {
        setStatus({ kind: 'idle' })
        if (takeIn(await client.draft())) await save()
      } else if (error instanceof ApiError) {
        setStatus({ kind: 'refused', message: error.message, problems: error.problems })
      } else setStatus({ kind: 'refused', message: String(error), problems: [] })
    }
  }

  /** Settles a conflict field by field, then saves the result from the draft the conflict was with. */
  const settle = async (choices: readonly Choice[]) => {
    const current = statusRef.current
    if (current.kind !== 'conflict') return
    setDraft(current.theirs)
    history.getState().replace(resolve(current.merged, current.fields, choices))
    setStatus({ kind: 'idle' })
    await save()
  }

  /** A draft the curator asked for (a restore, or undoing one): shown as it is, undo history kept. */
  const adopt = (latest: DraftState) => {
    setDraft(latest)
    history.getState().replace(latest.document)
    setStatus({ kind: 'idle' })
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: one poller for the workspace's life; it reads refs
  useEffect(() => {
    let asking = false
    const timer = window.setInterval(async () => {
      const busy = () => statusRef.current.kind === 'saving' || statusRef.current.kind === 'conflict'
      if (asking || busy()) return
      asking = true
      try {
        const latest = await client.draft()
        // A save of our own may have landed meanwhile: only a newer revision is news.
        if (!busy() && latest.revisionId > draftRef.current.revisionId) takeIn(latest)
      } catch (error) {
        setNotice(
          `The server cannot be reached (${error instanceof Error ? error.message : String(error)}); your edits are kept here.`,
        )
      } finally {
        asking = false
      }
    }, POLL_MS)
    return () => window.clearInterval(timer)
  }, [])

  return { draft, history, doc, dirty, status, notice, dismissNotice: () => setNotice(null), save, settle, adopt }
}
