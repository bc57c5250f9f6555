import { readFile } from 'node:fs/promises'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { etag } from 'hono/etag'
import { consoleRoutes } from './api/console'
import { draftRoutes } from './api/draft'
import type { HallEnv } from './api/env'
import { mediaRoutes } from './api/media'
import { presenceRoutes } from './api/presence'
import { refuse } from './api/problems'
import { publishRoutes } from './api/publish'
import { revisionRoutes } from './api/revisions'
import { sessionRoutes } from './api/session'
import { setupRoutes } from './api/setup'
import { userRoutes } from './api/users'
import { csrfProtection } from './auth/csrf'
import { loadSession } from './auth/session'
import { FALLBACK_PATH, glyphFallbackRoutes } from './fonts/glyphFallback'
import { HALL_FONT_WEIGHTS, hallFontFile } from './fonts/subsetFonts'
import type { Hall } from './hall'
import { jsonBodyLimit } from './http/jsonBodyLimit'
import { publishedDocumentHandler } from './http/publishedDocument'
import { securityHeaders } from './http/securityHeaders'
import { audioTypeOf } from './media/audioTypes'
import type { PresenceService } from './presence/presenceServer'

/** Names the upload pipeline generates (see media/acceptUpload.ts): new content always gets a new name. */
const GENERATED_MEDIA = /^\/media\/[0-9a-f]{24}(?:-thumb)?\.(?:webp|glb|ogg|mp3|m4a|wav)$/

export interface AppOptions {
  hall: Hall
  /** Addresses a headset on the local network can open (shown as a QR code on the laptop); none by default. */
  joinUrls?: () => string[]
  /** The realtime engine's matchmaking (visitors seeing each other); without it, /api/presence answers 503. */
  presence?: PresenceService
}

/**
 * The HTTP surface, assembled here and nowhere else: the published exhibition and its fonts and media for visitors,
 * the studio API under /api (behind sign-in and CSRF checks), and the built app's static files.
 */
export function createApp({ hall, joinUrls = () => [], presence }: AppOptions): Hono<HallEnv> {
  const app = new Hono<HallEnv>()
  app.use(compress())
  app.use(securityHeaders({ secure: hall.secure }))

  // Visitors always revalidate the document (ETag), so a publish shows on the next visit. The whole document comes
  // from one published revision, so a visitor never sees a half-published state.
  app.get('/content/exhibition.json', publishedDocumentHandler(hall))

  // The published content's font subsets, in place of the ones built with the app once a publish needs new glyphs.
  for (const weight of HALL_FONT_WEIGHTS) {
    const file = hallFontFile(weight)
    app.get(`/fonts/generated/${file}`, etag(), async (c) => {
      const path = hall.fonts.fileFor(hall.content.publishedDocument(), file)
      const bytes = await readFile(path).catch(() => undefined)
      if (!bytes) return c.notFound()
      c.header('Cache-Control', 'no-cache')
      c.header('Content-Type', 'font/woff')
      return c.body(bytes)
    })
  }

  app.route(
    FALLBACK_PATH,
    glyphFallbackRoutes(async () => hall.fonts.fileFor(hall.content.publishedDocument(), hallFontFile(400))),
  )

  const api = new Hono<HallEnv>()
  api.use(jsonBodyLimit(), loadSession(hall), csrfProtection())
  // The API's answers are per account and change with every save: never stored by a browser or a proxy.
  api.use(async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })
  // Public and read-only: where headsets on this network can join; the laptop's page shows it as a QR code.
  api.get('/join', (c) => c.json({ urls: joinUrls() }))
  api.route('/session', sessionRoutes(hall))
  api.route('/setup', setupRoutes(hall))
  api.route('/draft', draftRoutes(hall))
  api.route('/publish', publishRoutes(hall))
  api.route('/revisions', revisionRoutes(hall))
  api.route('/media', mediaRoutes(hall))
  api.route('/users', userRoutes(hall))
  api.route('/presence', presenceRoutes(presence))
  api.route('/console', consoleRoutes(presence))
  // A mounted app's notFound is not consulted by its parent: a catch-all keeps API 404s in the API's JSON shape.
  api.all('*', (c) => refuse(c, 404, `No API route ${c.req.method} ${c.req.path}.`))
  api.onError((error, c) => {
    console.error(error)
    return refuse(c, 500, 'The server failed to handle this request; the error is in its log.')
  })
  app.route('/api', api)

  // Uploaded media have generated names that never change: cache them for good. Media shipped with the app
  // (public/media) are served from the build below when the data directory has no such file.
  app.use('/media/*', async (c, next) => {
    await next()
    if (c.res.ok && GENERATED_MEDIA.test(c.req.path)) c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  // Narration recordings, from the data directory or the build, go out with an audio type browsers will play.
  app.use('/media/*', async (c, next) => {
    await next()
    const type = audioTypeOf(c.req.path)
    if (c.res.ok && type) c.res.headers.set('Content-Type', type)
  })
  app.use('/media/*', serveStatic({ root: hall.dataDir }))

  // Vite names built assets by content hash: they never change, so they may be cached for good.
  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable')
  })
  // Pages name the hashed assets of one build: revalidated on every visit, so a new build is picked up at once
  // rather than after a heuristic cache lifetime.
  app.use('/*', async (c, next) => {
    await next()
    if (c.res.headers.get('Content-Type')?.startsWith('text/html')) c.header('Cache-Control', 'no-cache')
  })
  app.use('/*', serveStatic({ root: hall.distDir }))
  app.notFound((c) => c.text('Not found', 404))
  return app
}
