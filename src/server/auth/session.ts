import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { HallEnv } from '../api/env'
import type { Role, User } from '../db/userRepository'
import type { Hall } from '../hall'
import { hashToken, newToken } from './tokens'

/** A working day: long enough for an editing session, short enough that a forgotten sign-in expires. */
const SESSION_HOURS = 12

/** Under HTTPS the __Host- prefix makes the browser refuse the cookie unless it is Secure, host-only and path=/. */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-mh_session' : 'mh_session')

/** Signs `user` in: a new random token in an HttpOnly, SameSite=Strict cookie, and a CSRF token for the client. */
export function startSession(c: Context<HallEnv>, hall: Hall, user: User): { csrfToken: string } {
  const token = newToken()
  const csrfToken = newToken()
  const now = hall.now()
  const expires = new Date(now.getTime() + SESSION_HOURS * 3_600_000)
  hall.sessions.deleteExpired(now)
  hall.sessions.create(hashToken(token), { userId: user.id, csrfToken, expiresAt: expires.toISOString() }, now)
  setCookie(c, sessionCookieName(hall.secure), token, {
    httpOnly: true,
    // Strict: the studio is never entered from a link on another site with a session that should follow.
    sameSite: 'Strict',
    secure: hall.secure,
    path: '/',
    expires,
  })
  c.set('user', user)
  c.set('session', { tokenHash: hashToken(token), csrfToken })
  return { csrfToken }
}

export function endSession(c: Context<HallEnv>, hall: Hall): void {
  const session = c.get('session')
  if (session) hall.sessions.delete(session.tokenHash)
  deleteCookie(c, sessionCookieName(hall.secure), { path: '/', secure: hall.secure })
  c.set('user', undefined)
  c.set('session', undefined)
}

/** Reads the session cookie on every API request; an unknown or expired one simply means "not signed in". */
export function loadSession(hall: Hall): MiddlewareHandler<HallEnv> {
  return async (c, next) => {
    c.set('user', undefined)
    c.set('session', undefined)
    const token = getCookie(c, sessionCookieName(hall.secure))
    if (token) {
      const tokenHash = hashToken(token)
      const record = hall.sessions.find(tokenHash)
      const user = record && hall.users.byId(record.userId)
      // A disabled account's sessions end at once, even one that slipped past the deletion on disabling.
      if (record && user && !user.disabled && record.expiresAt > hall.now().toISOString()) {
        c.set('user', user)
        c.set('session', { tokenHash, csrfToken: record.csrfToken })
      } else if (record) {
        hall.sessions.delete(tokenHash)
      }
    }
    await next()
  }
}

const RANK: Record<Role, number> = { curator: 1, admin: 2 }

/** 401 when not signed in, 403 when signed in without the role: admins can do everything curators can. */
export function requireRole(role: Role): MiddlewareHandler<HallEnv> {
  return async (c, next) => {
    const user = c.get('user')
    if (!user) return c.json({ error: 'Sign in first.' }, 401)
    if (RANK[user.role] < RANK[role]) return c.json({ error: `Only an ${role} may do this.` }, 403)
    await next()
  }
}
