import { useState } from 'react'
import { ApiError, type DraftState, type RevisionSummary, type StudioClient, type User } from './api/client'
import { APP_ROOT } from './appRoot'

/** Preview, publish (admins) and the revision history with restore. */
export function PublishBar({
  client,
  user,
  dirty,
  onRestored,
  unreachable = [],
}: {
  client: StudioClient
  user: User
  dirty: boolean
  onRestored: (draft: DraftState) => void
  /** Warnings about exhibits no visitor could reach: publishing with any asks first. */
  unreachable?: readonly string[]
}) {
  const [message, setMessage] = useState('')
  const [confirming, setConfirming] = useState(false)
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null)
  const publish = async () => {
    setConfirming(false)
    try {
      await client.publish()
      setMessage('Published: visitors now see this draft.')
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : String(error))
    }
  }
  const showHistory = async () => setRevisions(revisions ? null : (await client.revisions()).revisions)
  const restore = async (id: number) => {
    onRestored(await client.restore(id))
    setRevisions((await client.revisions()).revisions)
    setMessage(`Revision ${id} restored into the draft.`)
  }
  return (
    <>
      <a href={`${APP_ROOT}?preview=draft`} target="_blank" rel="noreferrer">
        Preview as a visitor
      </a>
      {user.role === 'admin' && (
        <button
          type="button"
          onClick={unreachable.length > 0 ? () => setConfirming(true) : publish}
          disabled={dirty}
          title={dirty ? 'Save the draft first' : undefined}
        >
          Publish
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-label="Publish with exhibits no one can reach?" className="publish-confirm">
          <p>Visitors will not be able to reach some exhibits:</p>
          <ul>
            {unreachable.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
          <button type="button" onClick={publish}>
            Publish anyway
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      <button type="button" onClick={showHistory} aria-expanded={revisions !== null}>
        History
      </button>
      <span role="status" className="publish-status">
        {message}
      </span>
      {revisions && (
        <section className="revisions" aria-label="Revisions">
          <ol>
            {revisions.map((revision) => (
              <li key={revision.id}>
                #{revision.id} {revision.kind} by {revision.author}, {new Date(revision.createdAt).toLocaleString()}
                {revision.summary && ` — ${revision.summary}`}{' '}
                <a href={`${APP_ROOT}?preview=revision-${revision.id}`} target="_blank" rel="noreferrer">
                  Preview
                </a>{' '}
                <button type="button" onClick={() => restore(revision.id)}>
                  Restore
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  )
}
