import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createApp } from '../app'
import { CSRF_HEADER } from '../auth/csrf'
import { prepareFirstAdmin } from '../auth/setup'
import { type Hall, openHall } from '../hall'

export const ORIGIN = 'http://hall.test'
export const ADMIN = { email: 'admin@hall.test', name: 'Ada Admin', password: 'correct horse battery staple' }

/** A server over a fresh data directory (a real SQLite file) and a stand-in build, dropped by `cleanup`. */
export function testServer(options: { secure?: boolean; now?: () => Date } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'hall-test-'))
  const dataDir = join(root, 'data')
  const distDir = join(root, 'dist')
  mkdirSync(join(distDir, 'fonts', 'generated'), { recursive: true })
  mkdirSync(join(distDir, 'media'), { recursive: true })
  writeFileSync(
    join(distDir, 'index.html'),
    '<!doctype html><html><head><title>Hall</title></head><body></body></html>',
  )
  mkdirSync(join(distDir, 'studio'))
  writeFileSync(join(distDir, 'studio', 'index.html'), '<!doctype html><title>Studio</title>')
  writeFileSync(join(distDir, 'fonts', 'generated', 'hall-400.woff'), 'built 400')
  writeFileSync(join(distDir, 'fonts', 'generated', 'hall-700.woff'), 'built 700')
  // The default exhibition's own pictures, as the build copies them from public/.
  cpSync(new URL('../../../public/media', import.meta.url), join(distDir, 'media'), { recursive: true })
  // A cheap scrypt keeps the suite fast; the stored hash names its parameters, so nothing else changes.
  const hall = openHall({
    dataDir,
    distDir,
    secure: options.secure,
    now: options.now,
    scrypt: { cost: 1024, blockSize: 8, parallelization: 1 },
  })
  const app = createApp({ hall })
  return {
    hall,
    app,
    root,
    dataDir,
    distDir,
    browser: () => new TestBrowser(app.request.bind(app)),
    cleanup: () => {
      hall.db.close()
      rmSync(root, { recursive: true, force: true })
    },
  }
}

type Fetch = (input: string, init?: RequestInit) => Response | Promise<Response>

interface CallOptions {
  json?: unknown
  body?: BodyInit
  headers?: Record<string, string>
  /** Leave out the CSRF header (to test the refusal). */
  noCsrf?: boolean
}

/** Plays a browser on the studio's origin: keeps the session cookie and sends the CSRF token on changes. */
export class TestBrowser {
  private cookies = new Map<string, string>()
  csrfToken: string | null = null

  constructor(private readonly fetch: Fetch) {}

  async call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { Origin: ORIGIN, ...options.headers }
    if (this.cookies.size > 0) headers.Cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    if (options.json !== undefined) headers['Content-Type'] = 'application/json'
    if (this.csrfToken && !options.noCsrf && method !== 'GET') headers[CSRF_HEADER] = this.csrfToken
    const body = options.json !== undefined ? JSON.stringify(options.json) : options.body
    const response = await this.fetch(`${ORIGIN}${path}`, { method, headers, body })
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const [name = '', value = ''] = pair.split('=')
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return response
  }

  async signIn(email: string, password: string): Promise<Response> {
    const response = await this.call('POST', '/api/session', { json: { email, password } })
    if (response.ok) this.csrfToken = ((await response.clone().json()) as { csrfToken: string }).csrfToken
    return response
  }
}

/** Runs first-start setup and creates the admin through the API, as the first curator would. */
export async function setUpAdmin(hall: Hall, browser: TestBrowser): Promise<void> {
  const setup = await prepareFirstAdmin(hall, {})
  if (setup.kind !== 'token') throw new Error(`expected a setup token, got ${setup.kind}`)
  const response = await browser.call('POST', '/api/setup', { json: { token: setup.token, ...ADMIN } })
  if (response.status !== 201) throw new Error(`setup failed: ${response.status} ${await response.text()}`)
  browser.csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken
}

/** An admin browser and a curator browser, both signed in. */
export async function adminAndCurator(server: ReturnType<typeof testServer>) {
  const admin = server.browser()
  await setUpAdmin(server.hall, admin)
  const curatorAccount = {
    email: 'curator@hall.test',
    name: 'Cai Curator',
    role: 'curator',
    password: 'a long curator passphrase',
  }
  const created = await admin.call('POST', '/api/users', { json: curatorAccount })
  if (created.status !== 201) throw new Error(`creating the curator failed: ${await created.text()}`)
  const curator = server.browser()
  await curator.signIn(curatorAccount.email, curatorAccount.password)
  return { admin, curator }
}
