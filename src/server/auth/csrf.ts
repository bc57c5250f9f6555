import type { MiddlewareHandler } from 'hono'
import type { HallEnv } from '../api/env'
import { sameToken } from './tokens'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The header a signed-in client repeats its CSRF token in; a cross-site form or image cannot set headers. */
export const CSRF_HEADER = 'X-CSRF-Token'

/**
 * Cross-site request forgery defence for the API, two checks deep:
 * 1. the browser's own word on where the request came from (Origin, else Sec-Fetch-Site) must be this site;
 * 2. a signed-in request must carry the session's CSRF token in a header, and a signed-out one (sign-in, setup)
 *    must be JSON, which a cross-site page can only send after a CORS preflight this server never grants.
 * Runs after `loadSession`, which tells it whether there is a session.
 */
export function csrfProtection(): MiddlewareHandler<HallEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next()
    const origin = c.req.header('Origin')
    if (origin !== undefined) {
      if (origin !== new URL(c.req.url).origin) {
        return c.json({ error: `Refused: the request came from another site (${origin}).` }, 403)
      }
    } else if (c.req.header('Sec-Fetch-Site') === 'cross-site') {
      return c.json({ error: 'Refused: the request came from another site.' }, 403)
    }
    const session = c.get('session')
    if (session) {
      const sent = c.req.header(CSRF_HEADER)
      if (!sent || !sameToken(sent, session.csrfToken)) {
        return c.json({ error: `Refused: missing or wrong ${CSRF_HEADER} header; reload the studio.` }, 403)
      }
    } else if (!(c.req.header('Content-Type') ?? '').toLowerCase().startsWith('application/json')) {
      return c.json({ error: 'Refused: requests without a session must be JSON.' }, 403)
    }
    return next()
  }
}
