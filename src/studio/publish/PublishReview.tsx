import { useEffect, useState } from 'react'
import type { ContentProblem } from '../../content/parse'
import { ApiError, type PublishPreview, type StudioClient } from '../api/client'
import { ChangeList } from './ChangeList'

/**
 * What publishing changes for visitors since the last publish, confirmed before it happens. The publish names the
 * draft version shown, so a save landing after the summary opened is refused rather than published unseen. Exhibits
 * no visitor could reach are a second question before anything goes live.
 */
export function PublishReview({
  client,
  unreachable,
  onDone,
  onRefused,
  onCancel,
}: {
  client: StudioClient
  /** Warnings about exhibits no visitor could reach: publishing with any asks first. */
  unreachable: readonly string[]
  onDone: (message: string) => void
  /** The server refused the draft itself (422): what it lacks, exhibit by exhibit, is for the bar to show. */
  onRefused: (message: string, problems: readonly ContentProblem[]) => void
  onCancel: () => void
}) {
  const [preview, setPreview] = useState<PublishPreview | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const load = async () => {
    setError(null)
    setPreview(null)
    try {
      setPreview(await client.publishPreview())
    } catch (reason) {
      setError(reason instanceof ApiError ? reason.message : String(reason))
    }
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded once, when the review opens
  useEffect(() => {
    void load()
  }, [])
  const publish = async () => {
    setConfirming(false)
    if (!preview) return
    try {
      await client.publish(preview.draftVersion)
      onDone('Published: visitors now see this draft.')
    } catch (reason) {
      // A stale review (409) stays open to be reviewed again; a draft refused as it stands goes back to editing.
      if (reason instanceof ApiError && reason.status === 422) onRefused(reason.message, reason.problems)
      else setError(reason instanceof ApiError ? reason.message : String(reason))
    }
  }
  return (
    <section className="review" role="dialog" aria-label="Publish summary">
      <h2>What visitors will see change</h2>
      {preview ? (
        <ChangeList changes={preview.changes} nothing="Nothing changes for visitors: the draft is what they see." />
      ) : (
        !error && <p>Comparing the draft with what visitors see…</p>
      )}
      {error && (
        <p role="alert" className="studio-error">
          {error}
        </p>
      )}
      <div className="review-actions">
        {error ? (
          <button type="button" onClick={load}>
            Review again
          </button>
        ) : (
          <button
            type="button"
            onClick={unreachable.length > 0 ? () => setConfirming(true) : publish}
            disabled={!preview || confirming}
          >
            Publish these changes
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
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
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </section>
  )
}
