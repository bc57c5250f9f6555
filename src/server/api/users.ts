import { Hono } from 'hono'
import { z } from 'zod'
import { hashPassword } from '../auth/password'
import { requireRole } from '../auth/session'
import { ROLES } from '../db/userRepository'
import type { Hall } from '../hall'
import type { HallEnv } from './env'
import { readJson, refuse } from './problems'
import { newPasswordSchema } from './setup'

const createSchema = z.strictObject({
  email: z.email('must be an e-mail address').max(320),
  name: z.string().trim().min(1, 'must not be empty').max(100),
  role: z.enum(ROLES),
  /** Set by the admin and passed on in person; the curator changes it with PUT /api/session/password. */
  password: newPasswordSchema,
})
const updateSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(100).optional(),
  role: z.enum(ROLES).optional(),
  password: newPasswordSchema.optional(),
})
const userId = z.coerce.number().int().positive()

/** `/api/users`: admins manage accounts. The last admin can be neither demoted nor deleted. */
export function userRoutes(hall: Hall): Hono<HallEnv> {
  const routes = new Hono<HallEnv>()
  routes.use(requireRole('admin'))

  routes.get('/', (c) => c.json({ users: hall.users.list() }))

  routes.post('/', async (c) => {
    const body = await readJson(c, createSchema)
    if (!body.ok) return body.response
    if (hall.users.credentials(body.data.email)) {
      return refuse(c, 409, 'An account with this e-mail address exists.', [{ path: 'email', message: 'is taken' }])
    }
    const { password, ...rest } = body.data
    const user = hall.users.create({ ...rest, passwordHash: await hashPassword(password, hall.scrypt) })
    return c.json({ user }, 201)
  })

  routes.patch('/:id', async (c) => {
    const id = userId.safeParse(c.req.param('id'))
    const target = id.success ? hall.users.byId(id.data) : undefined
    if (!target) return refuse(c, 404, 'There is no such account.')
    const body = await readJson(c, updateSchema)
    if (!body.ok) return body.response
    if (target.role === 'admin' && body.data.role === 'curator' && hall.users.countAdmins() === 1) {
      return refuse(c, 409, 'This is the last admin; make another admin first.', [
        { path: 'role', message: 'cannot demote the last admin' },
      ])
    }
    const passwordHash = body.data.password ? await hashPassword(body.data.password, hall.scrypt) : undefined
    const user = hall.users.update(target.id, { name: body.data.name, role: body.data.role, passwordHash })
    // A new password or role takes effect everywhere at once: the account's sessions end.
    if (passwordHash || (body.data.role && body.data.role !== target.role)) hall.sessions.deleteForUser(target.id)
    return c.json({ user })
  })

  routes.delete('/:id', (c) => {
    const id = userId.safeParse(c.req.param('id'))
    const target = id.success ? hall.users.byId(id.data) : undefined
    if (!target) return refuse(c, 404, 'There is no such account.')
    if (target.id === c.get('user')?.id) return refuse(c, 409, 'You cannot delete your own account.')
    hall.users.delete(target.id)
    return c.body(null, 204)
  })

  return routes
}
