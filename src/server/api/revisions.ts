import { Hono } from 'hono'
import { z } from 'zod'
import { requireRole } from '../auth/session'
import { restoreRevision } from '../drafts/editDraft'
import type { Hall } from '../hall'
import { authorOf } from './author'
import { editResponse } from './editResponse'
import type { HallEnv } from './env'
import { problemsOf, readJson, refuse } from './problems'

const listQuery = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
})
const revisionId = z.coerce.number().int().positive()
const restoreSchema = z.strictObject({ baseVersion: z.number().int().nonnegative().optional() })

/** `/api/revisions`: every save, publish and restore, newest first; each can be previewed and restored. */
export function revisionRoutes(hall: Hall): Hono<HallEnv> {
  const routes = new Hono<HallEnv>()
  routes.use(requireRole('curator'))

  routes.get('/', (c) => {
    const query = listQuery.safeParse(c.req.query())
    if (!query.success) return refuse(c, 400, 'Bad list parameters.', problemsOf(query.error, c.req.query()))
    const revisions = hall.content.revisions(query.data)
    return c.json({ revisions, publishedRevisionId: hall.content.published().revisionId })
  })

  routes.get('/:id', (c) => {
    const id = revisionId.safeParse(c.req.param('id'))
    const revision = id.success ? hall.content.revision(id.data) : undefined
    if (!revision) return refuse(c, 404, `There is no revision ${c.req.param('id')}.`)
    return c.json(revision)
  })

  routes.post('/:id/restore', async (c) => {
    const id = revisionId.safeParse(c.req.param('id'))
    if (!id.success) return refuse(c, 404, `There is no revision ${c.req.param('id')}.`)
    const body = await readJson(c, restoreSchema)
    if (!body.ok) return body.response
    return editResponse(c, restoreRevision(hall, authorOf(c), id.data, body.data.baseVersion))
  })

  return routes
}
