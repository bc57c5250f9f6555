import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { compress } from 'hono/compress'
import type { Exhibition } from '../../src/content/schema'
import { createApp } from '../../src/server/app'
import { openHall } from '../../src/server/hall'

export interface BenchServer {
  origin: string
  close: () => void
}

/**
 * The production server (the same app `npm start` runs) on loopback, from a fresh data directory, with the visitor
 * document replaced by `exhibition`: generated halls are served exactly as a published one would be, gzip included.
 */
export async function serveExhibition(exhibition: Exhibition): Promise<BenchServer> {
  const hall = openHall({ dataDir: mkdtempSync(join(tmpdir(), 'hall-bench-')), distDir: resolve('dist') })
  const json = JSON.stringify(exhibition)
  const outer = new Hono()
  outer.use(compress())
  outer.get('/content/exhibition.json', (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.body(json, 200, { 'Content-Type': 'application/json; charset=utf-8' })
  })
  outer.route('/', createApp({ hall }))
  const server = serve({ fetch: outer.fetch, port: 0, hostname: '127.0.0.1' })
  await new Promise((done) => server.once('listening', done))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the bench server has no port')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => {
      server.close()
      hall.db.close()
    },
  }
}
