import { useState } from 'react'
import type { ContentProblem } from '../../content/parse'
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
  // Why the server refused the last publish, naming each exhibit at fault; cleared by the next review.
  const [refusals, setRefusals] = useState<readonly ContentProblem[]>([])
  const restored = (latest: DraftState, text: string, undo: (() => Promise<void>) | null) => {
    onRestored(latest)
    setMessage(text)
    setUndoRestore(() => undo)
  }
  const review = () => {
    // A refusal is stale once the curator reviews again (having fixed what it named, most likely).
    if (refusals.length > 0) setMessage('')
    setRefusals([])
    setReviewing(true)
  }
  return (
    <>
      <a href={`${APP_ROOT}?preview=draft`} target="_blank" rel="noreferrer">
        Preview as a visitor
      </a>
      {user.role === 'admin' && (
        <button type="button" onClick={review} disabled={dirty} title={dirty ? 'Save the draft first' : undefined}>
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
      {refusals.length > 0 && (
        <ul className="publish-refusals" aria-label="Why the draft was not published">
          {refusals.map((problem) => (
            <li key={problem.path + problem.message}>{problem.message}</li>
          ))}
        </ul>
      )}
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
          onRefused={(text, problems) => {
            setReviewing(false)
            setMessage(text)
            setRefusals(problems)
            setUndoRestore(null)
          }}
        />
      )}
      {showHistory && <RevisionHistory client={client} draft={draft} onRestored={restored} />}
    </>
  )
}
