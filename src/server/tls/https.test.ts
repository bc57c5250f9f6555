import { X509Certificate } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, request } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { afterEach, describe, expect, it } from 'vitest'
import { CONTENT_VERSION } from '../../content/schema'
import { readConfig } from '../config'
import { joinUrls } from '../network'
import { testServer } from '../testing/testServer'
import { certificateFor } from './certificate'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    // The test trusts its own self-signed certificate, as a headset does once its visitor accepts it.
    const req = request({ host: '127.0.0.1', port, path, rejectUnauthorized: false }, (res) => {
      let body = ''
      res.on('data', (chunk) => {
        body += chunk
      })
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('HTTPS mode', () => {
  it('makes a certificate for localhost and the LAN addresses once, then keeps it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hall-tls-'))
    roots.push(dir)
    const first = await certificateFor(dir, ['192.0.2.7'])
    expect(first.origin).toBe('generated')
    const names = new X509Certificate(first.cert).subjectAltName ?? ''
    expect(names).toContain('DNS:localhost')
    expect(names).toContain('IP Address:192.0.2.7')
    const again = await certificateFor(dir, ['192.0.2.7'])
    expect(again.origin).toBe('kept')
    expect(again.cert).toBe(first.cert)
  })

  it('serves the exhibition over TLS and gives https join addresses', async () => {
    const server = testServer({ secure: true })
    roots.push(server.root)
    const tls = await certificateFor(server.dataDir, [])
    const listening = serve({
      fetch: server.app.fetch,
      port: 0,
      hostname: '127.0.0.1',
      createServer,
      serverOptions: { key: tls.key, cert: tls.cert },
    })
    await new Promise((resolve) => listening.once('listening', resolve))
    const { port } = listening.address() as AddressInfo
    try {
      const content = await get(port, '/content/exhibition.json')
      expect(content.status).toBe(200)
      expect(JSON.parse(content.body).version).toBe(CONTENT_VERSION)
    } finally {
      listening.close()
    }
    expect(joinUrls(true, 8443, ['192.0.2.7'])).toEqual(['https://192.0.2.7:8443/'])
  })

  it('is switched on by flag, environment or a supplied certificate, and refuses half a certificate', () => {
    expect(readConfig(['--https'], {}).https).toBe(true)
    expect(readConfig([], { HTTPS: '1' }).https).toBe(true)
    expect(readConfig([], {}).https).toBe(false)
    expect(readConfig(['--cert', 'c.pem', '--key', 'k.pem'], {})).toMatchObject({
      https: true,
      tls: { certFile: 'c.pem', keyFile: 'k.pem' },
    })
    expect(() => readConfig(['--cert', 'c.pem'], {})).toThrow(/tls\.keyFile/)
  })
})
