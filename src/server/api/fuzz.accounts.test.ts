import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FuzzTarget } from '../testing/fuzzHarness'
import {
  CONSTRAINED,
  contentType,
  hostileBodies,
  hostileSegment,
  hostileString,
  invalidVariant,
  type Json,
  jsonBody,
  RUNS,
  totalChanges,
} from '../testing/fuzzing'
import { ADMIN, ORIGIN } from '../testing/testServer'

// At least 1000 malformed or hostile requests to each endpoint about accounts and sessions.
describe('accounts, sign-in and setup refuse malformed and hostile input, and change nothing', {
  timeout: 120_000,
}, () => {
  let target: FuzzTarget

  beforeAll(async () => {
    target = await FuzzTarget.open()
  })
  afterAll(() => target.close())

  it('POST /api/users (a new account)', async () => {
    const template = {
      email: 'new-curator@hall.test',
      name: 'New Curator',
      role: 'curator',
      password: 'a long enough passphrase',
    }
    const weak = fc.oneof(
      fc.string({ maxLength: 11 }).map((password) => ({ ...template, password })),
      fc.stringMatching(/^\s{0,5}$/).map((name) => ({ ...template, name })),
      fc
        .string({ minLength: 101, maxLength: 140 })
        .filter((name) => name.trim().length > 100)
        .map((name) => ({ ...template, name })),
      fc.constant({ ...template, email: ADMIN.email.toUpperCase() }),
    )
    const invalid = fc.oneof(invalidVariant(template, { constrainedKeys: CONSTRAINED }), weak)
    const bodies = hostileBodies(invalid, Object.keys(template))
    await target.fuzz(
      () => target.admin,
      'POST',
      bodies.map((body) => ({ path: '/api/users', ...body })),
    )
    await target.fuzz(
      () => target.curator,
      'POST',
      fc.constant({ path: '/api/users', body: jsonBody(template), contentType: 'application/json' }),
    )
  })

  it('PATCH /api/users/:id', async () => {
    const users = (
      (await (await target.admin.call('GET', '/api/users')).json()) as { users: { id: number; role: string }[] }
    ).users
    const adminId = users.find((user) => user.role === 'admin')?.id
    const curatorId = users.find((user) => user.role === 'curator')?.id
    const template = { name: 'Renamed', role: 'curator', password: 'another long passphrase', disabled: false }
    const invalid = fc.oneof(
      invalidVariant(template, { constrainedKeys: CONSTRAINED }),
      fc.string({ maxLength: 11 }).map((password) => ({ password })),
      fc.stringMatching(/^\s{0,5}$/).map((name) => ({ name })),
      fc.oneof(fc.string(), fc.integer(), fc.constant(null)).map((disabled) => ({ disabled })),
    )
    const attempts = fc.oneof(
      {
        weight: 6,
        arbitrary: hostileBodies(invalid, Object.keys(template)).map((body) => ({
          path: `/api/users/${curatorId}`,
          ...body,
        })),
      },
      // The only admin cannot be demoted or disabled: 409, and the role stays.
      fc
        .constantFrom<Json>({ role: 'curator' }, { disabled: true }, { role: 'curator', disabled: true })
        .map((change) => ({
          path: `/api/users/${adminId}`,
          body: jsonBody(change),
          contentType: 'application/json',
        })),
      {
        weight: 2,
        arbitrary: hostileSegment.map((segment) => ({
          path: `/api/users/${segment}`,
          body: jsonBody({ name: 'Nobody' }),
          contentType: 'application/json',
        })),
      },
    )
    await target.fuzz(() => target.admin, 'PATCH', attempts)
  })

  it('DELETE /api/users/:id (missing ids, malformed ids, one’s own account)', async () => {
    const users = (
      (await (await target.admin.call('GET', '/api/users')).json()) as { users: { id: number; role: string }[] }
    ).users
    const adminId = users.find((user) => user.role === 'admin')?.id
    const attempts = fc.oneof(
      hostileSegment.map((segment) => ({ path: `/api/users/${segment}` })),
      fc.constant({ path: `/api/users/${adminId}` }),
    )
    await target.fuzz(() => target.admin, 'DELETE', attempts)
  })

  it('POST /api/users/:id/password-link (a reset: malformed ids and bodies, one’s own account)', async () => {
    const users = (
      (await (await target.admin.call('GET', '/api/users')).json()) as { users: { id: number; role: string }[] }
    ).users
    const adminId = users.find((user) => user.role === 'admin')?.id
    const curatorId = users.find((user) => user.role === 'curator')?.id
    const empty = { body: jsonBody({}), contentType: 'application/json' }
    const attempts = fc.oneof(
      {
        weight: 3,
        arbitrary: hostileSegment.map((segment) => ({ path: `/api/users/${segment}/password-link`, ...empty })),
      },
      // A reset's body is empty: anything else is refused, and the curator keeps their password and sessions.
      {
        weight: 3,
        arbitrary: hostileBodies(invalidVariant({}), []).map((body) => ({
          path: `/api/users/${curatorId}/password-link`,
          ...body,
        })),
      },
      fc.constant({ path: `/api/users/${adminId}/password-link`, ...empty }),
    )
    await target.fuzz(() => target.admin, 'POST', attempts)
    await target.fuzz(
      () => target.curator,
      'POST',
      fc.constant({ path: `/api/users/${curatorId}/password-link`, ...empty }),
    )
    expect((await target.curator.call('GET', '/api/draft')).status).toBe(200)
  })

  it('POST /api/session/password-link (choosing a password), signed out, with every wrong link and body', async () => {
    const template = { token: 'not-a-link-anyone-was-given', password: 'a long enough passphrase' }
    const bodies = hostileBodies(
      fc.oneof(
        invalidVariant(template),
        fc.string({ maxLength: 300 }).map((token) => ({ ...template, token })),
        fc.string({ maxLength: 11 }).map((password) => ({ ...template, password })),
      ),
      Object.keys(template),
    )
    await target.fuzz(
      () => target.server.browser(),
      'POST',
      bodies.map((body) => ({ path: '/api/session/password-link', ...body })),
    )
  })

  it('DELETE /api/session/all (sign out everywhere) with forged cookies signs nobody out', async () => {
    const cookie = fc.oneof(
      fc.string({ maxLength: 64 }),
      hostileString,
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
    )
    await fc.assert(
      fc.asyncProperty(cookie, contentType, async (value, type) => {
        const before = totalChanges(target.server.hall.db)
        const response = await target.server.app.request(`${ORIGIN}/api/session/all`, {
          method: 'DELETE',
          headers: { Origin: ORIGIN, Cookie: `mh_session=${encodeURIComponent(value)}`, 'Content-Type': type },
        })
        // No session: 401 (or 403 from the CSRF rule when the body claims not to be JSON), with a sentence.
        expect([401, 403]).toContain(response.status)
        expect(((await response.json()) as { error: string }).error).toBeTruthy()
        expect(totalChanges(target.server.hall.db)).toBe(before)
      }),
      { numRuns: RUNS },
    )
    expect((await target.curator.call('GET', '/api/draft')).status).toBe(200)
    expect((await target.admin.call('GET', '/api/users')).status).toBe(200)
  })

  it('PUT /api/session/password', async () => {
    const template = { currentPassword: 'a long curator passphrase', newPassword: 'a new long passphrase' }
    const invalid = fc.oneof(
      invalidVariant(template),
      fc.string({ maxLength: 11 }).map((newPassword) => ({ ...template, newPassword })),
      fc.string({ minLength: 12 }).map((currentPassword) => ({ ...template, currentPassword })),
    )
    const bodies = hostileBodies(invalid, Object.keys(template))
    await target.fuzz(
      () => target.curator,
      'PUT',
      bodies.map((body) => ({ path: '/api/session/password', ...body })),
    )
  })

  it('POST /api/session (sign-in), signed out', async () => {
    const template = { email: ADMIN.email, password: 'not the password at all' }
    const bodies = hostileBodies(
      fc.oneof(
        invalidVariant(template),
        fc.string({ minLength: 1, maxLength: 300 }).map((password) => ({ ...template, password })),
      ),
      Object.keys(template),
    )
    await target.fuzz(
      () => target.server.browser(),
      'POST',
      bodies.map((body) => ({ path: '/api/session', ...body })),
    )
  })

  it('DELETE /api/session (sign-out) with forged cookies signs nobody out', async () => {
    const cookie = fc.oneof(
      fc.string({ maxLength: 64 }),
      hostileString,
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
    )
    await fc.assert(
      fc.asyncProperty(cookie, contentType, async (value, type) => {
        const before = totalChanges(target.server.hall.db)
        const response = await target.server.app.request(`${ORIGIN}/api/session`, {
          method: 'DELETE',
          headers: { Origin: ORIGIN, Cookie: `mh_session=${encodeURIComponent(value)}`, 'Content-Type': type },
        })
        // Signing out of no session is harmless (204); a refusal is a 4xx with a sentence. Never a 5xx.
        expect([204, 403]).toContain(response.status)
        if (response.status === 403) expect(((await response.json()) as { error: string }).error).toBeTruthy()
        expect(totalChanges(target.server.hall.db)).toBe(before)
      }),
      { numRuns: RUNS },
    )
    // The real sessions still work.
    expect((await target.curator.call('GET', '/api/draft')).status).toBe(200)
    expect((await target.admin.call('GET', '/api/users')).status).toBe(200)
  })

  it('POST /api/setup while setup is pending (a fresh server), with every wrong token and body', async () => {
    const fresh = await FuzzTarget.open({ accounts: false })
    try {
      const template = {
        token: 'not-the-token',
        email: 'first@hall.test',
        name: 'First',
        password: 'a long first passphrase',
      }
      const bodies = hostileBodies(
        fc.oneof(
          invalidVariant(template, { constrainedKeys: CONSTRAINED }),
          fc.string().map((token) => ({ ...template, token })),
        ),
        Object.keys(template),
      )
      await fresh.fuzz(
        () => fresh.server.browser(),
        'POST',
        bodies.map((body) => ({ path: '/api/setup', ...body })),
      )
    } finally {
      fresh.close()
    }
  })
})
