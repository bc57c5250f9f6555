import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { requireRole } from '../auth/session'
import type { Hall } from '../hall'
import { acceptUpload } from '../media/acceptUpload'
import { MEDIA_LIMITS } from '../media/limits'
import { megabytes } from '../media/refusal'
import type { HallEnv } from './env'
import { refuse } from './problems'

/** Room for the multipart envelope around the largest file allowed. */
const MAX_BODY = MEDIA_LIMITS.modelBytes + 64 * 1024

/** `/api/media`: the media library, and uploads (multipart/form-data, one file in the field `file`). */
export function mediaRoutes(hall: Hall): Hono<HallEnv> {
  const routes = new Hono<HallEnv>()
  routes.use(requireRole('curator'))

  routes.get('/', (c) => c.json({ media: hall.media.list() }))

  routes.post(
    '/',
    // Refused while streaming in, so a huge body is never held in memory whole.
    bodyLimit({
      maxSize: MAX_BODY,
      onError: (c) =>
        refuse(c, 413, `The upload is larger than ${megabytes(MEDIA_LIMITS.modelBytes)}, the most allowed.`),
    }),
    async (c) => {
      let file: unknown
      try {
        file = (await c.req.parseBody()).file
      } catch {
        return refuse(c, 400, 'Send the file as multipart/form-data in a field named "file".')
      }
      if (!(file instanceof File))
        return refuse(c, 400, 'Send the file as multipart/form-data in a field named "file".')
      const outcome = await acceptUpload(
        { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) },
        hall.mediaDir,
        hall.now(),
      )
      if (!outcome.ok) return refuse(c, outcome.refusal.status, outcome.refusal.error)
      const user = c.get('user')
      if (user) hall.media.add(outcome.media, user.id)
      return c.json({ media: outcome.media, thumbnail: outcome.thumbnail ?? null }, 201)
    },
  )

  return routes
}
