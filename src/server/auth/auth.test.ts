import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN, adminAndCurator, ORIGIN, setUpAdmin, testServer } from '../testing/testServer'
import { hashPassword, verifyPassword } from './password'
import { prepareFirstAdmin } from './setup'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

describe('first run', () => {
  it('has no account and no default password: the setup token creates the first admin, once', async () => {
    server = testServer()
    const browser = server.browser()
    for (const password of ['admin', 'password', 'changeme']) {
      expect((await browser.signIn('admin', password)).status).toBe(401)
    }
    const setup = await prepareFirstAdmin(server.hall, {})
    expect(setup.kind).toBe('token')
    if (setup.kind !== 'token') return
    const session = (await (await browser.call('GET', '/api/session')).json()) as { setupRequired: boolean }
    expect(session.setupRequired).toBe(true)

    const wrong = await browser.call('POST', '/api/setup', { json: { ...ADMIN, token: 'guess' } })
    expect(wrong.status).toBe(403)
    const done = await browser.call('POST', '/api/setup', { json: { ...ADMIN, token: setup.token } })
    expect(done.status).toBe(201)
    expect(((await done.json()) as { user: { role: string } }).user.role).toBe('admin')

    const again = server.browser()
    const reused = await again.call('POST', '/api/setup', { json: { ...ADMIN, email: 'x@y.z', token: setup.token } })
    expect(reused.status).toBe(410)
    expect(server.hall.users.count()).toBe(1)
  })

  it('refuses a short first password, naming the field', async () => {
    server = testServer()
    const setup = await prepareFirstAdmin(server.hall, {})
    if (setup.kind !== 'token') throw new Error('no token')
    const response = await server.browser().call('POST', '/api/setup', {
      json: { ...ADMIN, password: 'short', token: setup.token },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { problems: { path: string; message: string }[] }
    expect(body.problems).toContainEqual({ path: 'password', message: 'must be at least 12 characters long' })
  })

  it('creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD instead of a token', async () => {
    server = testServer()
    const state = await prepareFirstAdmin(server.hall, {
      ADMIN_EMAIL: 'boss@hall.test',
      ADMIN_PASSWORD: ADMIN.password,
    })
    expect(state).toEqual({ kind: 'created-from-environment', email: 'boss@hall.test' })
    expect((await server.browser().signIn('boss@hall.test', ADMIN.password)).status).toBe(200)
    await expect(prepareFirstAdmin(server.hall, {})).resolves.toEqual({ kind: 'ready' })
  })
})

describe('passwords', () => {
  it('are stored as salted scrypt hashes that name their parameters', async () => {
    const params = { cost: 1024, blockSize: 8, parallelization: 1 }
    const hash = await hashPassword('a passphrase of words', params)
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/)
    expect(hash).not.toContain('a passphrase')
    expect(await hashPassword('a passphrase of words', params)).not.toBe(hash)
    expect(await verifyPassword('a passphrase of words', hash)).toBe(true)
    expect(await verifyPassword('a passphrase of word', hash)).toBe(false)
  })
})

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and signs out again', async () => {
    server = testServer()
    await setUpAdmin(server.hall, server.browser())
    const browser = server.browser()
    const response = await browser.signIn(ADMIN.email.toUpperCase(), ADMIN.password)
    expect(response.status).toBe(200)
    const cookie = response.headers.get('Set-Cookie') ?? ''
    expect(cookie).toMatch(/^mh_session=/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Strict/)
    expect(cookie).not.toMatch(/Secure/)
    const me = (await (await browser.call('GET', '/api/session')).json()) as { user: { email: string } }
    expect(me.user.email).toBe(ADMIN.email)

    expect((await browser.call('DELETE', '/api/session')).status).toBe(204)
    expect((await browser.call('GET', '/api/draft')).status).toBe(401)
  })

  it('marks the cookie Secure with the __Host- prefix under HTTPS', async () => {
    server = testServer({ secure: true })
    await setUpAdmin(server.hall, server.browser())
    const response = await server.browser().signIn(ADMIN.email, ADMIN.password)
    const cookie = response.headers.get('Set-Cookie') ?? ''
    expect(cookie).toMatch(/^__Host-mh_session=/)
    expect(cookie).toMatch(/Secure/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/Path=\//)
  })

  it('refuses a wrong password and an unknown account alike', async () => {
    server = testServer()
    await setUpAdmin(server.hall, server.browser())
    const wrong = await server.browser().signIn(ADMIN.email, 'not the password at all')
    const unknown = await server.browser().signIn('nobody@hall.test', ADMIN.password)
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(await wrong.json()).toEqual(await unknown.json())
  })

  it('allows five failed attempts a minute, then answers 429 even to the right password', async () => {
    server = testServer()
    await setUpAdmin(server.hall, server.browser())
    const browser = server.browser()
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await browser.signIn(ADMIN.email, `wrong password ${attempt}`)).status).toBe(401)
    }
    const limited = await browser.signIn(ADMIN.email, ADMIN.password)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
  })
})

describe('cross-site request forgery', () => {
  it('refuses a change without the CSRF token, with a wrong one, or from another origin', async () => {
    server = testServer()
    const admin = server.browser()
    await setUpAdmin(server.hall, admin)
    const publish = (options: Parameters<typeof admin.call>[2]) => admin.call('POST', '/api/publish', options)
    expect((await publish({ json: {}, noCsrf: true })).status).toBe(403)
    expect((await publish({ json: {}, headers: { 'X-CSRF-Token': 'forged' }, noCsrf: true })).status).toBe(403)
    expect((await publish({ json: {}, headers: { Origin: 'https://evil.example' } })).status).toBe(403)
    expect((await publish({ json: {}, headers: { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' } })).status).toBe(201)
  })

  it('refuses a cross-site sign-in form (not JSON, foreign origin)', async () => {
    server = testServer()
    await setUpAdmin(server.hall, server.browser())
    const form = new URLSearchParams({ email: ADMIN.email, password: ADMIN.password })
    const response = await server.app.request(`${ORIGIN}/api/session`, {
      method: 'POST',
      body: form,
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(response.status).toBe(403)
    const sameSiteForm = await server.app.request(`${ORIGIN}/api/session`, {
      method: 'POST',
      body: form,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    expect(sameSiteForm.status).toBe(403)
  })
})

describe('roles', () => {
  it('lets a curator edit the draft but not publish or manage accounts; an admin may', async () => {
    server = testServer()
    const { admin, curator } = await adminAndCurator(server)
    expect((await curator.call('GET', '/api/draft')).status).toBe(200)
    expect((await curator.call('POST', '/api/publish', { json: {} })).status).toBe(403)
    expect((await curator.call('GET', '/api/users')).status).toBe(403)
    expect((await admin.call('POST', '/api/publish', { json: {} })).status).toBe(201)
    expect((await server.browser().call('GET', '/api/draft')).status).toBe(401)
  })

  it('signs an account out everywhere when an admin changes its password', async () => {
    server = testServer()
    const { admin, curator } = await adminAndCurator(server)
    const { users } = (await (await admin.call('GET', '/api/users')).json()) as {
      users: { id: number; role: string }[]
    }
    const target = users.find((user) => user.role === 'curator')
    const changed = await admin.call('PATCH', `/api/users/${target?.id}`, {
      json: { password: 'a brand new passphrase' },
    })
    expect(changed.status).toBe(200)
    expect((await curator.call('GET', '/api/draft')).status).toBe(401)
  })
})

describe('the API surface', () => {
  it('answers unknown API paths with a JSON 404 and never caches answers', async () => {
    server = testServer()
    const response = await server.browser().call('GET', '/api/nothing-here')
    expect(response.status).toBe(404)
    expect(((await response.json()) as { error: string }).error).toBe('No API route GET /api/nothing-here.')
    expect((await server.browser().call('GET', '/api/session')).headers.get('Cache-Control')).toBe('no-store')
  })

  it('keeps the last admin: an admin cannot delete their own account or demote the only admin', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const { users } = (await (await admin.call('GET', '/api/users')).json()) as {
      users: { id: number; role: string }[]
    }
    const self = users.find((user) => user.role === 'admin')
    expect((await admin.call('DELETE', `/api/users/${self?.id}`)).status).toBe(409)
    expect((await admin.call('PATCH', `/api/users/${self?.id}`, { json: { role: 'curator' } })).status).toBe(409)
  })
})
