import type { Context } from 'hono'
import type { Author } from '../db/contentRepository'
import type { HallEnv } from './env'

/** The signed-in account as a revision's author; routes call it only behind `requireRole`. */
export function authorOf(c: Context<HallEnv>): Author {
  const user = c.get('user')
  if (!user) throw new Error('authorOf called on a request nobody is signed in for')
  // The history shows people by name; an account without one (there are none today) by its e-mail.
  return { id: user.id, name: user.name.trim() || user.email }
}
