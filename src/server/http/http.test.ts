import { mkdirSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { serve } from '@hono/node-server'
import { afterEach, describe, expect, it } from 'vitest'
import { CONTENT_VERSION } from '../../content/schema'
import { adminAndCurator, ORIGIN, testServer } from '../testing/testServer'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

const get = (path: string, headers: Record<string, string> = {}) => server.app.request(`${ORIGIN}${path}`, { headers })

describe('security headers', () => {
  it('are on every response: pages, the document, media, the API, refusals and misses', async () => {
    server = testServer()
    const responses = [
      await get('/'),
      await get('/studio/'),
      await get('/content/exhibition.json'),
      await get('/media/concurrent-network.svg'),
      await get('/api/session'),
      await get('/api/no-such-route'),
      await get('/no-such-file.js'),
      await server.browser().call('POST', '/api/draft', { json: {} }),
    ]
    for (const response of responses) {
      const csp = response.headers.get('Content-Security-Policy') ?? ''
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("frame-ancestors 'self'")
      expect(csp).toContain("object-src 'none'")
      // No evaluation of strings as script; compiling WebAssembly ('wasm-unsafe-eval', the meshopt decoder) is allowed.
      expect(csp).not.toMatch(/(^|\s)'unsafe-eval'/)
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/)
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
      expect(response.headers.get('X-Frame-Options')).toBe('SAMEORIGIN')
      expect(response.headers.get('Referrer-Policy')).toBe('no-referrer')
      expect(response.headers.get('Cross-Origin-Opener-Policy')).toBe('same-origin')
      expect(response.headers.get('Permissions-Policy')).toContain('xr-spatial-tracking=(self)')
      expect(response.headers.get('Permissions-Policy')).toContain('camera=()')
    }
    // The microphone only where a curator records narration: the studio, never the hall.
    expect((await get('/')).headers.get('Permissions-Policy')).toContain('microphone=()')
    expect((await get('/studio/')).headers.get('Permissions-Policy')).toContain('microphone=(self)')
    // HSTS only means something over HTTPS.
    expect(responses[0]?.headers.get('Strict-Transport-Security')).toBeNull()
  })

  it('ask browsers to keep to HTTPS when the server speaks it', async () => {
    server = testServer({ secure: true })
    expect((await get('/')).headers.get('Strict-Transport-Security')).toMatch(/max-age=\d+/)
  })
})

describe('caching of what visitors fetch', () => {
  // Publishing cuts font subsets first: seconds of CPU on a busy machine.
  it('serves the published document with a strong ETag, 304 on revalidation and a new tag after a publish', {
    timeout: 60_000,
  }, async () => {
    server = testServer()
    const first = await get('/content/exhibition.json')
    const etag = first.headers.get('ETag') ?? ''
    expect(etag).toMatch(/^"[^"]+"$/)
    expect(first.headers.get('Cache-Control')).toMatch(/no-cache/)
    const document = await first.text()
    expect(JSON.parse(document)).toMatchObject({ version: CONTENT_VERSION })

    const again = await get('/content/exhibition.json', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('ETag')).toBe(etag)

    const { admin } = await adminAndCurator(server)
    const draft = (await (await admin.call('GET', '/api/draft')).json()) as {
      version: number
      document: { title: { en: string } }
    }
    draft.document.title.en = 'A new title'
    expect(
      (await admin.call('PUT', '/api/draft', { json: { baseVersion: draft.version, document: draft.document } })).ok,
    ).toBe(true)
    expect((await admin.call('POST', '/api/publish', { json: {} })).status).toBe(201)

    const after = await get('/content/exhibition.json', { 'If-None-Match': etag })
    expect(after.status).toBe(200)
    expect(after.headers.get('ETag')).not.toBe(etag)
    expect(((await after.json()) as { title: { en: string } }).title.en).toBe('A new title')
  })

  it('sends gzip to browsers that take it, under its own strong ETag, holding the same document', async () => {
    server = testServer()
    const plain = await get('/content/exhibition.json')
    const zipped = await get('/content/exhibition.json', { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip')
    expect(zipped.headers.get('Vary')).toMatch(/Accept-Encoding/)
    const zippedTag = zipped.headers.get('ETag') ?? ''
    expect(zippedTag).toMatch(/^"[^"]+"$/)
    expect(zippedTag).not.toBe(plain.headers.get('ETag'))
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8')).toBe(await plain.text())
    const revalidated = await get('/content/exhibition.json', { 'Accept-Encoding': 'gzip', 'If-None-Match': zippedTag })
    expect(revalidated.status).toBe(304)
  })

  it('caches content-hashed build assets for good, and has pages revalidated on every visit', async () => {
    server = testServer()
    mkdirSync(join(server.distDir, 'assets'), { recursive: true })
    writeFileSync(join(server.distDir, 'assets', 'hall-sSOm7KmZ.js'), 'console.log(1)')
    const asset = await get('/assets/hall-sSOm7KmZ.js')
    expect(asset.status).toBe(200)
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect((await get('/assets/missing-0000.js')).headers.get('Cache-Control')).toBeNull()
    expect((await get('/')).headers.get('Cache-Control')).toBe('no-cache')
    expect((await get('/studio/')).headers.get('Cache-Control')).toBe('no-cache')
  })
})

describe('static files stay inside their folders', () => {
  const TRAVERSALS = [
    '/media/..%2fhall.sqlite',
    '/media/%2e%2e/hall.sqlite',
    '/media/%2e%2e%2fhall.sqlite',
    '/media/..%5chall.sqlite',
    '/media/%252e%252e%252fhall.sqlite',
    '/media/..%c0%afhall.sqlite',
    '/media//hall.sqlite',
    '/media/%00../hall.sqlite',
    '/..%2fdata%2fhall.sqlite',
    '/%2e%2e/data/hall.sqlite',
    '/assets/..%2f..%2fdata%2fhall.sqlite',
    '/studio/..%2f..%2fdata/hall.sqlite',
  ]

  it.each(TRAVERSALS)('%s does not reach the database', async (path) => {
    server = testServer()
    const response = await get(path)
    expect(response.status).toBe(404)
    expect(Buffer.from(await response.arrayBuffer()).toString('latin1')).not.toContain('SQLite format 3')
  })

  it('refuses raw ../ paths sent over a socket, where no URL parser tidies them first', async () => {
    server = testServer()
    const listening = serve({ fetch: server.app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => listening.once('listening', resolve))
    const { port } = listening.address() as AddressInfo
    const raw = (path: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
        })
        const chunks: Buffer[] = []
        socket.on('data', (chunk) => chunks.push(chunk))
        socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')))
        socket.on('error', reject)
      })
    try {
      for (const path of [
        '/media/../hall.sqlite',
        '/../data/hall.sqlite',
        '/media/../../data/hall.sqlite',
        '/assets/../../data/hall.sqlite',
      ]) {
        const answer = await raw(path)
        expect(answer, path).not.toContain('SQLite format 3')
        expect(answer.split('\r\n')[0], path).not.toMatch(/ 200 /)
      }
    } finally {
      await new Promise((resolve) => listening.close(resolve))
    }
  })
})
