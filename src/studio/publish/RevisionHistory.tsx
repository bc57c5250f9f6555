import { useEffect, useState } from 'react'
import { type DocumentChanges, documentChanges } from '../../content/documentChanges'
import { ApiError, type DraftState, type RevisionSummary, type StudioClient } from '../api/client'
import { APP_ROOT } from '../appRoot'
import { ChangeList } from './ChangeList'

/** A restore under review: what it changes, worked out against `from`, the server's draft when the review opened. */
type Pending = { revision: RevisionSummary; changes: DocumentChanges; from: DraftState } | null

/**
 * Every save, publish and restore, by whom and what it changed. Restoring shows what it would change in the draft
 * and waits for a confirmation; once done it can be undone (restoring the revision the draft was before).
 */
export function RevisionHistory({
  client,
  draft,
  onRestored,
}: {
  client: StudioClient
  draft: DraftState
  onRestored: (draft: DraftState, message: string, undo: (() => Promise<void>) | null) => void
}) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null)
  const [pending, setPending] = useState<Pending>(null)
  const [error, setError] = useState<string | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: reloaded whenever the draft moves to a new revision
  useEffect(() => {
    client.revisions().then(
      (list) => setRevisions(list.revisions),
      (reason: unknown) => setError(String(reason)),
    )
  }, [draft.revisionId])

  const review = async (revision: RevisionSummary) => {
    setError(null)
    // Against the server's draft, not this screen's copy, which may be a poll behind (a save or publish a moment
    // ago): the restore then names the version the curator reviewed, and a save after it is refused, never lost.
    const [{ document }, current] = await Promise.all([client.revision(revision.id), client.draft()])
    setPending({ revision, changes: documentChanges(current.document, document), from: current })
  }
  const restore = async (revisionId: number, from: DraftState) => {
    try {
      const restored = await client.restore(revisionId, from.version)
      setPending(null)
      const undo = async () => {
        const back = await client.restore(from.revisionId, restored.version)
        onRestored(back, `The restore is undone: the draft is as it was (revision ${from.revisionId}).`, null)
      }
      onRestored(restored, `Revision ${revisionId} restored into the draft (not yet published).`, undo)
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason))
    }
  }
  return (
    <section className="revisions" aria-label="Revisions">
      {pending && (
        <div className="review" role="dialog" aria-label={`Restore revision ${pending.revision.id}`}>
          <h2>Restoring revision {pending.revision.id} changes the draft:</h2>
          <ChangeList changes={pending.changes} nothing="Nothing: the draft is already this revision." />
          <div className="review-actions">
            <button type="button" onClick={() => restore(pending.revision.id, pending.from)}>
              Restore revision {pending.revision.id}
            </button>
            <button type="button" onClick={() => setPending(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="studio-error">
          {error}
        </p>
      )}
      <ol>
        {(revisions ?? []).map((revision) => (
          <li key={revision.id}>
            #{revision.id} {revision.kind} by <strong>{revision.author}</strong>,{' '}
            {new Date(revision.createdAt).toLocaleString()}
            {revision.summary && ` — ${revision.summary}`}{' '}
            <a href={`${APP_ROOT}?preview=revision-${revision.id}`} target="_blank" rel="noreferrer">
              Preview
            </a>{' '}
            <button type="button" onClick={() => review(revision)}>
              Restore…
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
