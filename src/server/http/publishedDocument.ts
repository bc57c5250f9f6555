import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { Context } from 'hono'
import type { PublishedState } from '../db/contentRepository'
import type { Hall } from '../hall'

/** One published revision as sent to visitors: its bytes, gzipped once, and a strong ETag per encoding. */
interface Representation {
  identity: { body: Buffer; etag: string }
  gzip: { body: Buffer; etag: string }
}

function represent(json: string): Representation {
  const body = Buffer.from(json, 'utf8')
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 27)
  // Strong validators must differ between encodings of one document (RFC 9110 8.8.3), hence the suffix.
  return {
    identity: { body, etag: `"${hash}"` },
    gzip: { body: gzipSync(body, { level: 9 }), etag: `"${hash}-gz"` },
  }
}

const acceptsGzip = (header: string | undefined) =>
  (header ?? '').split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';')
    const refused = params.some((param) => /^\s*q=0(?:\.0{0,3})?\s*$/.test(param))
    return (coding === 'gzip' || coding === '*') && !refused
  })

/** Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 13.1.2 asks of it). */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const sent = ifNoneMatch.match(/(?:W\/)?"[^"]*"/g) ?? []
  return sent.some((tag) => tag.replace(/^W\//, '') === etag)
}

/**
 * `GET /content/exhibition.json`: the published document, built once per published revision rather than hashed
 * and compressed on every request (a hall full of visitors all ask for it at once). Browsers keep it but
 * revalidate on each visit (`no-cache`), so a publish shows on the next load, and the revalidation costs a 304.
 */
export function publishedDocumentHandler(hall: Hall) {
  // Keyed on the repository's published state, which is the one place that knows when a publish changed it.
  let encoded: { state: PublishedState; representation: Representation } | undefined
  return (c: Context) => {
    const state = hall.content.published()
    if (encoded?.state !== state) encoded = { state, representation: represent(state.json) }
    const cached = encoded.representation
    const variant = acceptsGzip(c.req.header('Accept-Encoding')) ? cached.gzip : cached.identity
    // no-transform: the body is already compressed as it should be, and its ETag is for exactly these bytes.
    c.header('Cache-Control', 'public, no-cache, no-transform')
    c.header('Vary', 'Accept-Encoding')
    c.header('ETag', variant.etag)
    if (matches(c.req.header('If-None-Match'), variant.etag)) return c.body(null, 304)
    c.header('Content-Type', 'application/json; charset=utf-8')
    if (variant === cached.gzip) c.header('Content-Encoding', 'gzip')
    return c.body(new Uint8Array(variant.body))
  }
}
