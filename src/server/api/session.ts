import { Hono } from 'hono'
import { z } from 'zod'
import { hashPassword, verifyPassword } from '../auth/password'
import { endSession, requireRole, startSession } from '../auth/session'
import { setupPending } from '../auth/setup'
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

/** Spent on unknown e-mails too, so the answer's timing does not tell which accounts exist. */
let decoyHash: Promise<string> | undefined

/** `/api/session`: who is signed in, sign in, sign out, change one's own password. */
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
    const valid = await verifyPassword(body.data.password, found?.passwordHash ?? (await decoyHash))
    if (!found || !valid) {
      for (const key of keys) hall.signInLimiter.fail(key)
      return refuse(c, 401, 'The e-mail address or the password is wrong.')
    }
    for (const key of keys) hall.signInLimiter.reset(key)
    const { csrfToken } = startSession(c, hall, found.user)
    return c.json({ user: found.user, csrfToken })
  })

  routes.delete('/', (c) => {
    endSession(c, hall)
    return c.body(null, 204)
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
