import { Hono } from 'hono'
import { z } from 'zod'
import { hashPassword } from '../auth/password'
import { startSession } from '../auth/session'
import { consumeSetupToken, passwordProblem, setupPending } from '../auth/setup'
import type { Hall } from '../hall'
import { clientAddress } from './clientAddress'
import type { HallEnv } from './env'
import { readJson, refuse } from './problems'

export const newPasswordSchema = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
})

const setupSchema = z.strictObject({
  token: z.string().min(1).max(200),
  email: z.email('must be an e-mail address').max(320),
  name: z.string().trim().min(1, 'must not be empty').max(100),
  password: newPasswordSchema,
})

/** `/api/setup`: the first admin account, created once with the token the server printed at start. */
export function setupRoutes(hall: Hall): Hono<HallEnv> {
  const routes = new Hono<HallEnv>()
  routes.post('/', async (c) => {
    if (!setupPending(hall)) return refuse(c, 410, 'Setup is already complete: sign in instead.')
    const key = `setup:${clientAddress(c)}`
    if (hall.signInLimiter.retryAfter(key) > 0) return refuse(c, 429, 'Too many wrong setup tokens. Wait a minute.')
    const body = await readJson(c, setupSchema)
    if (!body.ok) return body.response
    // Hash before taking the token, so a slow hash cannot split "token used" from "account created".
    const passwordHash = await hashPassword(body.data.password, hall.scrypt)
    const user = hall.db.transaction(() => {
      if (!consumeSetupToken(hall, body.data.token)) return undefined
      return hall.users.create({ email: body.data.email, name: body.data.name, role: 'admin', passwordHash })
    })()
    if (!user) {
      hall.signInLimiter.fail(key)
      return refuse(c, 403, 'The setup token is wrong or was already used. Restart the server for a new one.')
    }
    const { csrfToken } = startSession(c, hall, user)
    return c.json({ user, csrfToken }, 201)
  })
  return routes
}
