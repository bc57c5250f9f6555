import { type ContentProblem, parseExhibition } from '../content/parse'
import type { Exhibition } from '../content/schema'
import type { ExhibitionView } from '../state/exhibitionView'

/** The one URL the visitor app reads the published exhibition from (a server or a static export serves it). */
export const EXHIBITION_URL = `${import.meta.env.BASE_URL}content/exhibition.json`

/** Previews come from the studio API (which only answers signed-in curators) wrapped as `{ document }`. */
function requestFor(view: ExhibitionView): { url: string; unwrap: boolean } {
  const api = `${import.meta.env.BASE_URL}api`
  if (view.kind === 'draft') return { url: `${api}/draft`, unwrap: true }
  if (view.kind === 'revision') return { url: `${api}/revisions/${view.id}`, unwrap: true }
  return { url: EXHIBITION_URL, unwrap: false }
}

export type LoadResult =
  | { kind: 'ready'; exhibition: Exhibition }
  | { kind: 'invalid'; problems: ContentProblem[] }
  | { kind: 'unreachable'; message: string }

/** Reads the body while reporting progress (0..1) when the server says how large it is. */
async function readWithProgress(response: Response, onProgress: (fraction: number) => void): Promise<string> {
  const total = Number(response.headers.get('content-length')) || 0
  if (!response.body || total === 0) return response.text()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    received += value.length
    onProgress(Math.min(1, received / total))
  }
  return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer())
}

/** Fetches and validates the exhibition; every failure comes back as a value the visitor can be shown. */
export async function loadExhibition(
  onProgress: (fraction: number) => void,
  view: ExhibitionView = { kind: 'published' },
): Promise<LoadResult> {
  const { url, unwrap } = requestFor(view)
  let response: Response
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } })
  } catch (error) {
    return { kind: 'unreachable', message: error instanceof Error ? error.message : String(error) }
  }
  if (!response.ok) return { kind: 'unreachable', message: `HTTP ${response.status} ${response.statusText}`.trim() }
  const text = await readWithProgress(response, onProgress)
  onProgress(1)
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { kind: 'invalid', problems: [{ path: '(document)', message: `is not valid JSON: ${detail}` }] }
  }
  if (unwrap) raw = typeof raw === 'object' && raw !== null && 'document' in raw ? raw.document : raw
  const parsed = parseExhibition(raw)
  return parsed.ok ? { kind: 'ready', exhibition: parsed.exhibition } : { kind: 'invalid', problems: parsed.problems }
}
