import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { refuse } from '../api/problems'

/** Room for an exhibition many times the default one (about 56 KB) while refusing a body meant to exhaust memory. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024

/**
 * Caps every API body but uploads (which have their own, larger limit): refused as it streams in, so a huge or
 * endless body is never held in memory whole.
 */
export function jsonBodyLimit(): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: MAX_JSON_BYTES,
    onError: (c) =>
      refuse(c, 413, `The request body is larger than ${MAX_JSON_BYTES / 1024 / 1024} MB, the most allowed.`),
  })
  return (c, next) => (c.req.path.startsWith('/api/media') ? next() : limit(c, next))
}
