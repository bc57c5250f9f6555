import { Hono } from 'hono'
import { z } from 'zod'
import { hashPassword, verifyPassword } from '../auth/password'
import { takePasswordLink } from '../auth/passwordLinks'
import { endSession, requireRole, startSession } from '../auth/session'
import { setupPending } from '../auth/setup'
import { NO_PASSWORD } from '../db/userRepository'
import type { Hall } from '../hall'
import { clientAddress } from './clientAddress'
import type { HallEnv } from './env'
import { readJson, refuse } from './problems'
import { newPasswordSchema } from './setup'

const signInSchema = z.strictObject({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(256) })
const passwordChangeSchema = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: newPasswordSchema,
})
const passwordLinkSchema = z.strictObject({ token: z.string().min(1).max(200), password: newPasswordSchema })

const LINK_REFUSALS = {
  unknown: 'This link does not work: it was already used, or a newer one was made. Ask an admin for a new link.',
  expired: 'This link has expired. Ask an admin for a new link.',
  disabled: 'This account is disabled. Ask an admin.',
} as const

/** Spent on unknown e-mails too, so the answer's timing does not tell which accounts exist. */
let decoyHash: Promise<string> | undefined

/**
 * `/api/session`: who is signed in, sign in, sign out (here or everywhere), change one's own password, and choose
 * a password through a one-time link.
 */
export function sessionRoutes(hall: Hall): Hono<HallEnv> {
  const routes = new Hono<HallEnv>()

  routes.get('/', (c) => {
    const user = c.get('user')
    const session = c.get('session')
    return c.json({ user: user ?? null, csrfToken: session?.csrfToken ?? null, setupRequired: setupPending(hall) })
  })

  routes.post('/', async (c) => {
    const body = await readJson(c, signInSchema)
    if (!body.ok) return body.response
    const keys = [`address:${clientAddress(c)}`, `email:${body.data.email.toLowerCase()}`]
    const wait = Math.max(...keys.map((key) => hall.signInLimiter.retryAfter(key)))
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000)
      c.header('Retry-After', String(seconds))
      return refuse(c, 429, `Too many failed sign-ins. Try again in ${seconds} seconds.`)
    }
    const found = hall.users.credentials(body.data.email)
    decoyHash ??= hashPassword('decoy password that never matches', hall.scrypt)
    // An account waiting for its link has no password to check: the decoy keeps its answer as slow as the others.
    const stored = found && found.passwordHash !== NO_PASSWORD ? found.passwordHash : await decoyHash
    const valid = await verifyPassword(body.data.password, stored)
    if (!found || !valid) {
      for (const key of keys) hall.signInLimiter.fail(key)
      return refuse(c, 401, 'The e-mail address or the password is wrong.')
    }
    for (const key of keys) hall.signInLimiter.reset(key)
    // Said only to someone who knows the password, so it tells a stranger nothing.
    if (found.user.disabled) return refuse(c, 403, 'This account is disabled. Ask an admin.')
    const { csrfToken } = startSession(c, hall, found.user)
    return c.json({ user: found.user, csrfToken })
  })

  routes.delete('/', (c) => {
    endSession(c, hall)
    return c.body(null, 204)
  })

  // Signs this account out of every browser, this one included (a lost laptop, a shared computer).
  routes.delete('/all', requireRole('curator'), (c) => {
    const user = c.get('user')
    if (user) hall.sessions.deleteForUser(user.id)
    endSession(c, hall)
    return c.body(null, 204)
  })

  // The link an admin made for a new account or a reset: choose a password, once, and be signed in.
  routes.post('/password-link', async (c) => {
    const key = `password-link:${clientAddress(c)}`
    const wait = hall.signInLimiter.retryAfter(key)
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)))
      return refuse(c, 429, 'Too many wrong links. Wait a minute.')
    }
    const body = await readJson(c, passwordLinkSchema)
    if (!body.ok) return body.response
    // Hash before taking the token, so a slow hash cannot split "link used" from "password set".
    const passwordHash = await hashPassword(body.data.password, hall.scrypt)
    const outcome = hall.db.transaction(() => {
      const taken = takePasswordLink(hall, body.data.token)
      if (!taken.ok) return taken
      hall.sessions.deleteForUser(taken.userId)
      return { ok: true as const, user: hall.users.update(taken.userId, { passwordHash }) }
    })()
    if (!outcome.ok) {
      // Guessing tokens is what the limit is for; an expired or disabled account's link was a real one.
      if (outcome.reason === 'unknown') hall.signInLimiter.fail(key)
      return refuse(c, outcome.reason === 'expired' ? 410 : 403, LINK_REFUSALS[outcome.reason])
    }
    if (!outcome.user) return refuse(c, 404, 'There is no such account.')
    const { csrfToken } = startSession(c, hall, outcome.user)
    return c.json({ user: outcome.user, csrfToken })
  })

  routes.put('/password', requireRole('curator'), async (c) => {
    const body = await readJson(c, passwordChangeSchema)
    if (!body.ok) return body.response
    const user = c.get('user')
    const found = user && hall.users.credentials(user.email)
    if (!user || !found || !(await verifyPassword(body.data.currentPassword, found.passwordHash))) {
      return refuse(c, 400, 'The current password is wrong.', [{ path: 'currentPassword', message: 'is wrong' }])
    }
    hall.users.update(user.id, { passwordHash: await hashPassword(body.data.newPassword, hall.scrypt) })
    // Other browsers signed in as this account are signed out; this one gets a fresh session.
    hall.sessions.deleteForUser(user.id)
    const { csrfToken } = startSession(c, hall, user)
    return c.json({ user, csrfToken })
  })

  return routes
}
