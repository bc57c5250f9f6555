import { viewFromLocation } from '../state/exhibitionView'

/** Tells a curator previewing unpublished content that visitors do not see it yet. */
export function PreviewBanner() {
  const view = viewFromLocation(window.location)
  if (view.kind === 'published') return null
  const what = view.kind === 'draft' ? 'the draft' : `revision ${view.id}`
  return (
    <p className="preview-banner" role="note">
      Preview of {what}: visitors see the published exhibition until it is published.
    </p>
  )
}
