import { afterEach, describe, expect, it } from 'vitest'
import { type AccountSummary, accountAnswerSchema, accountListSchema } from '../../content/studioApi'
import { PASSWORD_LINK_HOURS } from '../auth/passwordLinks'
import { ADMIN, adminAndCurator, type TestBrowser, testServer } from '../testing/testServer'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

const NEW_PASSWORD = 'a passphrase chosen through the link'

async function accounts(admin: TestBrowser): Promise<AccountSummary[]> {
  const response = await admin.call('GET', '/api/users')
  expect(response.status).toBe(200)
  return accountListSchema.parse(await response.json()).users
}

async function accountOf(admin: TestBrowser, email: string): Promise<AccountSummary> {
  const found = (await accounts(admin)).find((user) => user.email === email)
  if (!found) throw new Error(`no account ${email}`)
  return found
}

/** Adds an account without a password, as the accounts screen does: the answer carries its one-time link. */
async function addWithLink(admin: TestBrowser, email: string, role: 'curator' | 'admin') {
  const response = await admin.call('POST', '/api/users', { json: { email, name: `Person ${email}`, role } })
  expect(response.status, await response.clone().text()).toBe(201)
  const answer = accountAnswerSchema.parse(await response.json())
  if (!answer.link) throw new Error('no link')
  return { user: answer.user, link: answer.link }
}

const redeem = (browser: TestBrowser, token: string, password = NEW_PASSWORD) =>
  browser.call('POST', '/api/session/password-link', { json: { token, password } })

describe('adding accounts with a one-time link', () => {
  it('makes an account with no password; its link signs its owner in once, with the password they choose', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const { user, link } = await addWithLink(admin, 'new@hall.test', 'curator')
    expect(user).toMatchObject({ role: 'curator', disabled: false, hasPassword: false })
    expect(user.linkExpiresAt).toBe(link.expiresAt)
    // Nothing signs in before the link is used: not an empty password, not a guess.
    for (const password of ['', '!', 'scrypt']) {
      expect((await server.browser().signIn('new@hall.test', password)).status).not.toBe(200)
    }

    const owner = server.browser()
    const short = await redeem(owner, link.token, 'short')
    expect(short.status).toBe(400)
    const used = await redeem(owner, link.token)
    expect(used.status).toBe(200)
    owner.csrfToken = ((await used.json()) as { csrfToken: string }).csrfToken
    expect((await owner.call('GET', '/api/draft')).status).toBe(200)
    expect(await accountOf(admin, 'new@hall.test')).toMatchObject({ hasPassword: true, linkExpiresAt: null })
    expect((await server.browser().signIn('new@hall.test', NEW_PASSWORD)).status).toBe(200)

    // Single use: the same link again is refused, in words, and changes nothing.
    const again = await redeem(server.browser(), link.token, 'someone else’s passphrase')
    expect(again.status).toBe(403)
    expect(((await again.json()) as { error: string }).error).toMatch(/already used/)
    expect((await server.browser().signIn('new@hall.test', NEW_PASSWORD)).status).toBe(200)
  })

  it('refuses an expired link and says so', async () => {
    let clock = new Date('2026-12-01T09:00:00Z')
    server = testServer({ now: () => clock })
    const { admin } = await adminAndCurator(server)
    const { link } = await addWithLink(admin, 'late@hall.test', 'curator')
    clock = new Date(clock.getTime() + PASSWORD_LINK_HOURS * 3_600_000 + 1000)
    const late = await redeem(server.browser(), link.token)
    expect(late.status).toBe(410)
    expect(((await late.json()) as { error: string }).error).toBe('This link has expired. Ask an admin for a new link.')
    expect((await server.browser().signIn('late@hall.test', NEW_PASSWORD)).status).toBe(401)
    // The admin's own session has expired meanwhile (12 hours); signed in again, they see the link is gone.
    await admin.signIn(ADMIN.email, ADMIN.password)
    expect(await accountOf(admin, 'late@hall.test')).toMatchObject({ hasPassword: false, linkExpiresAt: null })
  })

  it('an admin made through a link may manage accounts; a curator made through one may not publish', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const second = await addWithLink(admin, 'second-admin@hall.test', 'admin')
    const curator = await addWithLink(admin, 'second-curator@hall.test', 'curator')
    const asAdmin = server.browser()
    asAdmin.csrfToken = ((await (await redeem(asAdmin, second.link.token)).json()) as { csrfToken: string }).csrfToken
    const asCurator = server.browser()
    asCurator.csrfToken = (
      (await (await redeem(asCurator, curator.link.token)).json()) as { csrfToken: string }
    ).csrfToken
    expect((await asAdmin.call('GET', '/api/users')).status).toBe(200)
    expect((await asCurator.call('POST', '/api/publish', { json: {} })).status).toBe(403)
    expect((await asAdmin.call('POST', '/api/publish', { json: {} })).status).toBe(201)
  })
})

describe('resetting a password', () => {
  it('ends the account’s sessions and old password at once; only the newest link works', async () => {
    server = testServer()
    const { admin, curator } = await adminAndCurator(server)
    const target = await accountOf(admin, 'curator@hall.test')
    const first = await admin.call('POST', `/api/users/${target.id}/password-link`, { json: {} })
    expect(first.status).toBe(200)
    const firstLink = accountAnswerSchema.parse(await first.json()).link
    expect((await curator.call('GET', '/api/draft')).status).toBe(401)
    expect((await server.browser().signIn('curator@hall.test', 'a long curator passphrase')).status).toBe(401)

    const second = accountAnswerSchema.parse(
      await (await admin.call('POST', `/api/users/${target.id}/password-link`, { json: {} })).json(),
    ).link
    expect((await redeem(server.browser(), firstLink?.token ?? '')).status).toBe(403)
    expect((await redeem(server.browser(), second?.token ?? '')).status).toBe(200)
    expect((await server.browser().signIn('curator@hall.test', NEW_PASSWORD)).status).toBe(200)
  })

  it('refuses a reset of one’s own password (that is “Change my password”) and of a disabled account', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const self = await accountOf(admin, ADMIN.email)
    const own = await admin.call('POST', `/api/users/${self.id}/password-link`, { json: {} })
    expect(own.status).toBe(409)
    const target = await accountOf(admin, 'curator@hall.test')
    await admin.call('PATCH', `/api/users/${target.id}`, { json: { disabled: true } })
    const disabled = await admin.call('POST', `/api/users/${target.id}/password-link`, { json: {} })
    expect(disabled.status).toBe(409)
    expect(((await disabled.json()) as { error: string }).error).toMatch(/disabled: enable it first/)
  })
})

describe('disabling an account', () => {
  it('ends its sessions at once, refuses its sign-in and its link, and enabling lets it back in', async () => {
    server = testServer()
    const { admin, curator } = await adminAndCurator(server)
    const target = await accountOf(admin, 'curator@hall.test')
    const disabled = await admin.call('PATCH', `/api/users/${target.id}`, { json: { disabled: true } })
    expect(disabled.status).toBe(200)
    expect(accountAnswerSchema.parse(await disabled.json()).user.disabled).toBe(true)
    expect((await curator.call('GET', '/api/draft')).status).toBe(401)
    expect((await curator.call('PUT', '/api/session/password', { json: {} })).status).toBe(401)
    const signIn = await server.browser().signIn('curator@hall.test', 'a long curator passphrase')
    expect(signIn.status).toBe(403)
    expect(((await signIn.json()) as { error: string }).error).toBe('This account is disabled. Ask an admin.')

    await admin.call('PATCH', `/api/users/${target.id}`, { json: { disabled: false } })
    expect((await server.browser().signIn('curator@hall.test', 'a long curator passphrase')).status).toBe(200)
  })

  it('a session left in the table of a disabled account still does not work', async () => {
    server = testServer()
    const { admin, curator } = await adminAndCurator(server)
    const target = await accountOf(admin, 'curator@hall.test')
    // Disabled behind the API's back (a script, a restored backup): the session check itself refuses it.
    server.hall.users.update(target.id, { disabled: true })
    expect((await curator.call('GET', '/api/draft')).status).toBe(401)
  })

  it('a link made before the disabling does not sign the account in', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const { user, link } = await addWithLink(admin, 'soon-gone@hall.test', 'curator')
    await admin.call('PATCH', `/api/users/${user.id}`, { json: { disabled: true } })
    expect((await redeem(server.browser(), link.token)).status).toBe(403)
  })
})

describe('the last admin', () => {
  it('cannot be removed, made a curator or disabled, and the refusal says why', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const self = await accountOf(admin, ADMIN.email)
    const attempts = [
      admin.call('DELETE', `/api/users/${self.id}`),
      admin.call('PATCH', `/api/users/${self.id}`, { json: { role: 'curator' } }),
      admin.call('PATCH', `/api/users/${self.id}`, { json: { disabled: true } }),
    ]
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(409)
      expect(((await response.json()) as { error: string }).error).toMatch(
        /^Ada Admin is the only admin and cannot be (removed|made a curator|disabled)\. Make someone else an admin first/,
      )
    }
    expect(await accountOf(admin, ADMIN.email)).toMatchObject({ role: 'admin', disabled: false })
  })

  it('a disabled admin does not count: the one admin who can sign in stays', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const other = await addWithLink(admin, 'other-admin@hall.test', 'admin')
    const self = await accountOf(admin, ADMIN.email)
    const second = server.browser()
    expect((await redeem(second, other.link.token)).status).toBe(200)
    expect((await admin.call('PATCH', `/api/users/${other.user.id}`, { json: { disabled: true } })).status).toBe(200)
    expect((await admin.call('PATCH', `/api/users/${self.id}`, { json: { role: 'curator' } })).status).toBe(409)
    // With a second working admin, the first may be made a curator by the second.
    await admin.call('PATCH', `/api/users/${other.user.id}`, { json: { disabled: false } })
    await second.signIn('other-admin@hall.test', NEW_PASSWORD)
    expect((await second.call('PATCH', `/api/users/${self.id}`, { json: { role: 'curator' } })).status).toBe(200)
    expect((await admin.call('GET', '/api/users')).status).toBe(401)
  })

  it('nobody may disable or remove their own account', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    await addWithLink(admin, 'other-admin@hall.test', 'admin')
    const self = await accountOf(admin, ADMIN.email)
    const disable = await admin.call('PATCH', `/api/users/${self.id}`, { json: { disabled: true } })
    expect(disable.status).toBe(409)
    const remove = await admin.call('DELETE', `/api/users/${self.id}`)
    expect(remove.status).toBe(409)
    expect(((await remove.json()) as { error: string }).error).toMatch(/your own account/)
  })
})

describe('roles on every account command', () => {
  it('a curator and a signed-out browser are refused every account command; a disabled admin too', async () => {
    server = testServer()
    const { admin, curator } = await adminAndCurator(server)
    const target = await accountOf(admin, 'curator@hall.test')
    const commands: [string, string, unknown?][] = [
      ['GET', '/api/users'],
      ['POST', '/api/users', { email: 'x@hall.test', name: 'X', role: 'admin' }],
      ['PATCH', `/api/users/${target.id}`, { role: 'admin' }],
      ['POST', `/api/users/${target.id}/password-link`, {}],
      ['DELETE', `/api/users/${target.id}`],
    ]
    const other = await addWithLink(admin, 'other-admin@hall.test', 'admin')
    const disabledAdmin = server.browser()
    disabledAdmin.csrfToken = (
      (await (await redeem(disabledAdmin, other.link.token)).json()) as { csrfToken: string }
    ).csrfToken
    await admin.call('PATCH', `/api/users/${other.user.id}`, { json: { disabled: true } })
    for (const [method, path, json] of commands) {
      expect((await curator.call(method, path, { json })).status, `${method} ${path} as a curator`).toBe(403)
      // Without a session a change must be JSON (the CSRF rule) to reach the role check at all.
      const body = { json: method === 'GET' ? undefined : (json ?? {}) }
      expect((await server.browser().call(method, path, body)).status, `${method} ${path} signed out`).toBe(401)
      expect((await disabledAdmin.call(method, path, body)).status, `${method} ${path} disabled`).toBe(401)
    }
    expect(await accountOf(admin, 'curator@hall.test')).toMatchObject({ role: 'curator', disabled: false })
    expect((await accounts(admin)).some((user) => user.email === 'x@hall.test')).toBe(false)
  })
})

describe('signing out everywhere', () => {
  it('ends every session of the account, this one included, and no other account’s', async () => {
    server = testServer()
    const { admin, curator } = await adminAndCurator(server)
    const laptop = server.browser()
    await laptop.signIn('curator@hall.test', 'a long curator passphrase')
    expect((await laptop.call('DELETE', '/api/session/all')).status).toBe(204)
    expect((await laptop.call('GET', '/api/draft')).status).toBe(401)
    expect((await curator.call('GET', '/api/draft')).status).toBe(401)
    expect((await admin.call('GET', '/api/draft')).status).toBe(200)
    // Signed out, there is nothing to sign out of.
    expect((await server.browser().call('DELETE', '/api/session/all', { json: {} })).status).toBe(401)
  })

  it('changing one’s own password ends the other sessions and keeps this one', async () => {
    server = testServer()
    const { curator } = await adminAndCurator(server)
    const phone = server.browser()
    await phone.signIn('curator@hall.test', 'a long curator passphrase')
    const changed = await curator.call('PUT', '/api/session/password', {
      json: { currentPassword: 'a long curator passphrase', newPassword: NEW_PASSWORD },
    })
    expect(changed.status).toBe(200)
    curator.csrfToken = ((await changed.json()) as { csrfToken: string }).csrfToken
    expect((await phone.call('GET', '/api/draft')).status).toBe(401)
    expect((await curator.call('GET', '/api/draft')).status).toBe(200)
  })
})
