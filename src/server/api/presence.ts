import { Hono } from 'hono'
import { joinRequestSchema } from '../../content/presence'
import type { PresenceService } from '../presence/presenceServer'
import type { HallEnv } from './env'
import { readJson, refuse } from './problems'

/**
 * `/api/presence`: a seat in a hall instance. The seat's name, colour and guide flag are decided here, on the
 * server, from the request and the studio session cookie: a visitor's socket can never claim to be a guide.
 */
export function presenceRoutes(presence: PresenceService | undefined): Hono<HallEnv> {
  const routes = new Hono<HallEnv>()
  routes.post('/join', async (c) => {
    if (!presence) return refuse(c, 503, 'Presence is not running on this server.')
    const body = await readJson(c, joinRequestSchema)
    if (!body.ok) return body.response
    // Every account is a curator or an admin: a signed-in visitor may guide.
    const guide = c.get('user') !== undefined
    const outcome = await presence.join(body.data, guide)
    if (outcome.kind === 'unknown-code') return refuse(c, 404, 'No hall instance has this join code now.')
    if (outcome.kind === 'full') return refuse(c, 409, 'This hall instance is full.')
    // `guide` tells the client to show the guide's controls; the room checks the seat itself for every command.
    return c.json({ code: outcome.code, reservation: outcome.reservation, guide })
  })
  return routes
}
