import { Hono } from 'hono'
import { z } from 'zod'
import { documentChanges } from '../../content/documentChanges'
import type { PublishPreview } from '../../content/studioApi'
import { requireRole } from '../auth/session'
import { publishDraft } from '../drafts/publish'
import type { Hall } from '../hall'
import { authorOf } from './author'
import type { HallEnv } from './env'
import { readJson, refuse, refuseStale } from './problems'

const publishSchema = z.strictObject({
  /** The draft version the admin reviewed; when given, a newer draft is not published unseen (409). */
  baseVersion: z.number().int().nonnegative().optional(),
})

/** `/api/publish`: admins make the draft what visitors see. */
export function publishRoutes(hall: Hall): Hono<HallEnv> {
  const routes = new Hono<HallEnv>()
  // What publishing now would change for visitors; the admin confirms by publishing with its `draftVersion`.
  routes.get('/', requireRole('curator'), (c) => {
    const draft = hall.content.draft()
    const published = hall.content.published()
    const preview: PublishPreview = {
      draftVersion: draft.version,
      publishedRevisionId: published.revisionId,
      changes: documentChanges(published.document, draft.document),
    }
    return c.json(preview)
  })
  routes.post('/', requireRole('admin'), async (c) => {
    const body = await readJson(c, publishSchema)
    if (!body.ok) return body.response
    const outcome = await publishDraft(hall, authorOf(c), body.data.baseVersion)
    if (!outcome.ok && outcome.status === 422) return refuse(c, 422, outcome.error, outcome.problems)
    if (!outcome.ok) return refuseStale(c, { error: outcome.error, draftVersion: outcome.draftVersion })
    return c.json({ revision: outcome.revision }, 201)
  })
  return routes
}
