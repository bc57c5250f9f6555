import { Hono } from 'hono'
import { consoleCommandSchema } from '../../content/console'
import { requireRole } from '../auth/session'
import type { PresenceService } from '../presence/presenceServer'
import type { HallEnv } from './env'
import { readJson, refuse } from './problems'

/**
 * `/api/console`: the staff console. Only a signed-in curator or admin (the session cookie, checked here on every
 * request; a change also needs the CSRF token) lists the devices in the hall or commands them: a visitor's socket
 * has no way to send a console command at all.
 */
export function consoleRoutes(presence: PresenceService | undefined): Hono<HallEnv> {
  const routes = new Hono<HallEnv>()
  routes.use(requireRole('curator'))
  routes.get('/devices', (c) => {
    if (!presence) return refuse(c, 503, 'Presence is not running on this server.')
    return c.json({ devices: presence.devices.list() })
  })
  routes.post('/commands', async (c) => {
    if (!presence) return refuse(c, 503, 'Presence is not running on this server.')
    const body = await readJson(c, consoleCommandSchema)
    if (!body.ok) return body.response
    const deliveries = await presence.devices.deliver(body.data.target, body.data.action)
    return c.json({ deliveries })
  })
  return routes
}
