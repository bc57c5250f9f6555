/** What to show: the published exhibition, or for a signed-in curator a preview of the draft or of a revision. */
export type ExhibitionView = { kind: 'published' } | { kind: 'draft' } | { kind: 'revision'; id: number }

export function viewFromLocation(location: Pick<Location, 'search'>): ExhibitionView {
  const preview = new URLSearchParams(location.search).get('preview')
  if (preview === 'draft') return { kind: 'draft' }
  const revision = /^revision-(\d+)$/.exec(preview ?? '')?.[1]
  return revision ? { kind: 'revision', id: Number(revision) } : { kind: 'published' }
}
