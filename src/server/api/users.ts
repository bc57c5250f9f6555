import { Hono } from 'hono'
import { z } from 'zod'
import type { AccountSummary } from '../../content/studioApi'
import { hashPassword } from '../auth/password'
import { issuePasswordLink } from '../auth/passwordLinks'
import { requireRole } from '../auth/session'
import { NO_PASSWORD, ROLES, type User } from '../db/userRepository'
import type { Hall } from '../hall'
import type { HallEnv } from './env'
import { readJson, refuse } from './problems'
import { newPasswordSchema } from './setup'

const nameSchema = z.string().trim().min(1, 'must not be empty').max(100)
const createSchema = z.strictObject({
  email: z.email('must be an e-mail address').max(320),
  name: nameSchema,
  role: z.enum(ROLES),
  /** Optional: without one the answer carries a one-time link for the new account to choose its own. */
  password: newPasswordSchema.optional(),
})
const updateSchema = z.strictObject({
  name: nameSchema.optional(),
  role: z.enum(ROLES).optional(),
  password: newPasswordSchema.optional(),
  disabled: z.boolean().optional(),
})
const userId = z.coerce.number().int().positive()

/** Said on the screen as it stands: the reason, and what to do instead. */
const lastAdmin = (user: User, what: string) =>
  `${user.name} is the only admin and cannot be ${what}. Make someone else an admin first: without an admin, nobody could publish or manage accounts.`

/** `/api/users`: admins manage accounts. The last admin who can sign in is never removed, demoted or disabled. */
export function userRoutes(hall: Hall): Hono<HallEnv> {
  const routes = new Hono<HallEnv>()
  routes.use(requireRole('admin'))

  const summary = (user: User): AccountSummary => ({
    ...user,
    hasPassword: hall.users.hasPassword(user.id),
    linkExpiresAt: hall.passwordLinks.expiryFor(user.id, hall.now()),
  })
  const isLastAdmin = (user: User) => user.role === 'admin' && !user.disabled && hall.users.countActiveAdmins() === 1

  routes.get('/', (c) => c.json({ users: hall.users.list().map(summary) }))

  routes.post('/', async (c) => {
    const body = await readJson(c, createSchema)
    if (!body.ok) return body.response
    if (hall.users.credentials(body.data.email)) {
      return refuse(c, 409, 'An account with this e-mail address exists.', [{ path: 'email', message: 'is taken' }])
    }
    const { password, ...rest } = body.data
    const passwordHash = password ? await hashPassword(password, hall.scrypt) : NO_PASSWORD
    const created = hall.db.transaction(() => {
      const user = hall.users.create({ ...rest, passwordHash })
      return { user, link: password ? null : issuePasswordLink(hall, user.id) }
    })()
    return c.json({ user: summary(created.user), link: created.link }, 201)
  })

  routes.patch('/:id', async (c) => {
    const id = userId.safeParse(c.req.param('id'))
    const target = id.success ? hall.users.byId(id.data) : undefined
    if (!target) return refuse(c, 404, 'There is no such account.')
    const body = await readJson(c, updateSchema)
    if (!body.ok) return body.response
    const { name, role, password, disabled } = body.data
    const self = target.id === c.get('user')?.id
    if (role === 'curator' && isLastAdmin(target)) {
      return refuse(c, 409, lastAdmin(target, 'made a curator'), [{ path: 'role', message: 'is the last admin' }])
    }
    if (disabled === true && !target.disabled) {
      if (isLastAdmin(target)) {
        return refuse(c, 409, lastAdmin(target, 'disabled'), [{ path: 'disabled', message: 'is the last admin' }])
      }
      if (self) return refuse(c, 409, 'You cannot disable your own account; another admin can.')
    }
    const passwordHash = password ? await hashPassword(password, hall.scrypt) : undefined
    const user = hall.db.transaction(() => {
      const updated = hall.users.update(target.id, { name, role, passwordHash, disabled })
      // A new password, role or a disabling takes effect everywhere at once: the account's sessions end.
      if (passwordHash || (role && role !== target.role) || (disabled && !target.disabled)) {
        hall.sessions.deleteForUser(target.id)
      }
      if (passwordHash || disabled) hall.passwordLinks.deleteForUser(target.id)
      return updated
    })()
    return user ? c.json({ user: summary(user) }) : refuse(c, 404, 'There is no such account.')
  })

  // A reset: the old password stops working and the account's sessions end; the link lets its owner choose a new one.
  routes.post('/:id/password-link', async (c) => {
    const id = userId.safeParse(c.req.param('id'))
    const target = id.success ? hall.users.byId(id.data) : undefined
    if (!target) return refuse(c, 404, 'There is no such account.')
    const body = await readJson(c, z.strictObject({}))
    if (!body.ok) return body.response
    if (target.id === c.get('user')?.id) {
      return refuse(c, 409, 'To change your own password, use “Change my password”.')
    }
    if (target.disabled) return refuse(c, 409, `${target.name}’s account is disabled: enable it first.`)
    const link = hall.db.transaction(() => {
      hall.users.update(target.id, { passwordHash: NO_PASSWORD })
      hall.sessions.deleteForUser(target.id)
      return issuePasswordLink(hall, target.id)
    })()
    return c.json({ user: summary(target), link })
  })

  routes.delete('/:id', (c) => {
    const id = userId.safeParse(c.req.param('id'))
    const target = id.success ? hall.users.byId(id.data) : undefined
    if (!target) return refuse(c, 404, 'There is no such account.')
    if (isLastAdmin(target)) return refuse(c, 409, lastAdmin(target, 'removed'))
    if (target.id === c.get('user')?.id) return refuse(c, 409, 'You cannot remove your own account; another admin can.')
    hall.users.delete(target.id)
    return c.body(null, 204)
  })

  return routes
}
