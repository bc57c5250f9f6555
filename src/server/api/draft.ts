import { Hono } from 'hono'
import { z } from 'zod'
import { idSchema } from '../../content/schema'
import { requireRole } from '../auth/session'
import { addExhibit, deleteExhibit, saveDocument, saveExhibit } from '../drafts/editDraft'
import { mergeSave } from '../drafts/mergeSave'
import type { Hall } from '../hall'
import { authorOf } from './author'
import { editResponse } from './editResponse'
import type { HallEnv } from './env'
import { readJson, refuse } from './problems'

const version = z.number().int().nonnegative()
// The content itself is checked by the exhibition schema inside the edit, which reports paths within the document.
// A whole-document save names what it started from: the revision (merged field by field with what was saved since)
// or, for older clients, the draft version (refused whole when stale).
const documentSave = z
  .strictObject({
    baseVersion: version.optional(),
    baseRevision: z.number().int().positive().optional(),
    document: z.unknown(),
  })
  .refine((body) => (body.baseVersion === undefined) !== (body.baseRevision === undefined), {
    path: ['baseRevision'],
    message: 'give exactly one of baseRevision (to merge) or baseVersion',
  })
const exhibitSave = z.strictObject({ baseVersion: version, exhibit: z.unknown() })
const exhibitAdd = z.strictObject({ exhibit: z.unknown() })

/** `/api/draft`: the document curators edit. Every save names the version it started from (409 when stale). */
export function draftRoutes(hall: Hall): Hono<HallEnv> {
  const routes = new Hono<HallEnv>()
  routes.use(requireRole('curator'))

  routes.get('/', (c) => c.json(hall.content.draft()))

  routes.put('/', async (c) => {
    const body = await readJson(c, documentSave)
    if (!body.ok) return body.response
    const { baseVersion, baseRevision, document } = body.data
    if (baseRevision !== undefined) return editResponse(c, mergeSave(hall, authorOf(c), baseRevision, document))
    return editResponse(c, saveDocument(hall, authorOf(c), baseVersion ?? 0, document))
  })

  routes.post('/exhibits', async (c) => {
    const body = await readJson(c, exhibitAdd)
    if (!body.ok) return body.response
    const outcome = addExhibit(hall, authorOf(c), body.data.exhibit)
    return outcome.ok ? c.json(outcome.draft, 201) : editResponse(c, outcome)
  })

  routes.put('/exhibits/:id', async (c) => {
    const id = idSchema.safeParse(c.req.param('id'))
    if (!id.success) return refuse(c, 404, 'No such exhibit.')
    const body = await readJson(c, exhibitSave)
    if (!body.ok) return body.response
    return editResponse(c, saveExhibit(hall, authorOf(c), id.data, body.data.baseVersion, body.data.exhibit))
  })

  routes.delete('/exhibits/:id', (c) => {
    const id = idSchema.safeParse(c.req.param('id'))
    if (!id.success) return refuse(c, 404, 'No such exhibit.')
    // Digits only: Number() would read "", "0x1" or " 1e0 " as a version and delete on a request nobody meant.
    const query = c.req.query('baseVersion') ?? ''
    const baseVersion = version.safeParse(/^\d{1,15}$/.test(query) ? Number(query) : Number.NaN)
    if (!baseVersion.success) {
      return refuse(c, 400, 'Say which version you are deleting.', [
        { path: 'baseVersion', message: 'must be given in the query, e.g. ?baseVersion=3' },
      ])
    }
    return editResponse(c, deleteExhibit(hall, authorOf(c), id.data, baseVersion.data))
  })

  return routes
}
