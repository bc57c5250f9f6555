import { useState } from 'react'
import type { DraftState, StudioClient, User } from '../api/client'
import { APP_ROOT } from '../appRoot'
import { PublishReview } from './PublishReview'
import { RevisionHistory } from './RevisionHistory'

/** Preview, publish (admins, after reviewing what changes) and the revision history with restore and its undo. */
export function PublishBar({
  client,
  user,
  draft,
  dirty,
  onRestored,
  unreachable = [],
}: {
  client: StudioClient
  user: User
  draft: DraftState
  dirty: boolean
  onRestored: (draft: DraftState) => void
  /** Warnings about exhibits no visitor could reach: publishing with any asks first. */
  unreachable?: readonly string[]
}) {
  const [message, setMessage] = useState('')
  const [reviewing, setReviewing] = useState(false)
  const [showHistory, setShowHistory] = useState(false)
  const [undoRestore, setUndoRestore] = useState<(() => Promise<void>) | null>(null)
  const restored = (latest: DraftState, text: string, undo: (() => Promise<void>) | null) => {
    onRestored(latest)
    setMessage(text)
    setUndoRestore(() => undo)
  }
  return (
    <>
      <a href={`${APP_ROOT}?preview=draft`} target="_blank" rel="noreferrer">
        Preview as a visitor
      </a>
      {user.role === 'admin' && (
        <button
          type="button"
          onClick={() => setReviewing(true)}
          disabled={dirty}
          title={dirty ? 'Save the draft first' : undefined}
        >
          Publish…
        </button>
      )}
      <button type="button" onClick={() => setShowHistory(!showHistory)} aria-expanded={showHistory}>
        History
      </button>
      <span role="status" className="publish-status">
        {message}{' '}
        {undoRestore && (
          <button
            type="button"
            onClick={() => {
              setUndoRestore(null)
              void undoRestore()
            }}
          >
            Undo the restore
          </button>
        )}
      </span>
      {reviewing && (
        <PublishReview
          client={client}
          unreachable={unreachable}
          onCancel={() => setReviewing(false)}
          onDone={(text) => {
            setReviewing(false)
            setMessage(text)
            setUndoRestore(null)
          }}
        />
      )}
      {showHistory && <RevisionHistory client={client} draft={draft} onRestored={restored} />}
    </>
  )
}
