import { readdirSync } from 'node:fs'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareFirstAdmin } from '../auth/setup'
import type { DraftState } from '../db/contentRepository'
import { databaseSnapshot, hostileString, invalidVariant, type Json, notJson, totalChanges } from '../testing/fuzzing'
import { ADMIN, adminAndCurator, ORIGIN, type TestBrowser, testServer } from '../testing/testServer'

/** Requests per endpoint: the issue asks for at least 1000 malformed or hostile ones each. */
const RUNS = 1000

/** Formatted strings in the exhibition and the API bodies: a hostile value in any of them must be refused. */
const CONSTRAINED = ['id', 'zone', 'kind', 'src', 'source', 'color', 'date', 'type', 'email', 'role']

/** One request as sent: a body that is JSON text, raw text, or a form; the Content-Type to claim. */
interface Attempt {
  path: string
  body?: string | FormData
  contentType?: string
}

const jsonBody = (value: Json) => JSON.stringify(value)

/** How a hostile body is sent: mostly as JSON (so validation is reached), sometimes under another type. */
const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16'),
  },
)

/** A body meant to exhaust memory: larger than the API reads. */
const OVERSIZED = JSON.stringify({ baseVersion: 1, document: 'x'.repeat(5 * 1024 * 1024) })

/**
 * Bodies no endpoint may accept: `invalid` (variants of a valid body that its schema must refuse), text that is not
 * JSON, arbitrary JSON that is not an object of only the endpoint's keys, and an oversized body now and then.
 */
function hostileBodies(
  invalid: fc.Arbitrary<Json>,
  allowedKeys: readonly string[],
): fc.Arbitrary<Omit<Attempt, 'path'>> {
  const strangers = (fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>).filter(
    (value) =>
      value === null ||
      typeof value !== 'object' ||
      Array.isArray(value) ||
      Object.keys(value).some((key) => !allowedKeys.includes(key)),
  )
  return fc.oneof(
    { weight: 12, arbitrary: fc.record({ body: invalid.map(jsonBody), contentType }) },
    { weight: 3, arbitrary: fc.record({ body: strangers.map(jsonBody), contentType }) },
    { weight: 3, arbitrary: fc.record({ body: notJson, contentType }) },
    { weight: 1, arbitrary: fc.constant({ body: OVERSIZED, contentType: 'application/json' }) },
  )
}

/** Path segments that name nothing: traversal, encodings, ids of the wrong shape or of no row. */
const hostileSegment = fc.oneof(
  hostileString.map(encodeURIComponent),
  fc.constantFrom(
    '..%2F..%2Fhall.sqlite',
    '%2e%2e',
    '%00',
    'NaN',
    '-1',
    '0',
    '1e3',
    '0x10',
    '9'.repeat(30),
    'a'.repeat(65),
  ),
  fc.integer({ min: 1000, max: 2 ** 40 }).map(String),
)

let server: ReturnType<typeof testServer>
let admin: TestBrowser
let curator: TestBrowser

/** Sends one attempt and checks what a refusal must be: a 4xx with a sentence, and not one row changed. */
async function expectRefused(browser: TestBrowser, method: string, attempt: Attempt): Promise<void> {
  // The rate limits would answer 429 before validation is reached; the fuzz is about validation.
  for (const key of ['address:unknown', 'setup:unknown', `email:${ADMIN.email}`]) server.hall.signInLimiter.reset(key)
  const before = totalChanges(server.hall.db)
  const headers: Record<string, string> = attempt.contentType ? { 'Content-Type': attempt.contentType } : {}
  const response = await browser.call(method, attempt.path, { body: attempt.body, headers })
  const text = await response.text()
  const summary = `${method} ${attempt.path.slice(0, 120)} → ${response.status} ${text.slice(0, 300)}`
  expect(response.status, summary).toBeGreaterThanOrEqual(400)
  expect(response.status, summary).toBeLessThan(500)
  const body = JSON.parse(text) as { error?: unknown }
  expect(typeof body.error === 'string' && body.error.length > 0, summary).toBe(true)
  expect(totalChanges(server.hall.db), `${summary}: the database changed`).toBe(before)
}

function fuzz(browser: () => TestBrowser, method: string, attempts: fc.Arbitrary<Attempt>): Promise<void> {
  return fc.assert(
    fc.asyncProperty(attempts, (attempt) => expectRefused(browser(), method, attempt)),
    { numRuns: RUNS },
  )
}

const draft = async (): Promise<DraftState> => (await (await curator.call('GET', '/api/draft')).json()) as DraftState

let snapshot: string
let mediaFiles: string[]
const listMedia = () => {
  try {
    return readdirSync(server.hall.mediaDir).sort()
  } catch {
    return []
  }
}

describe('every write endpoint refuses malformed and hostile input, and changes nothing', { timeout: 120_000 }, () => {
  let state: DraftState
  let firstId: string

  beforeAll(async () => {
    server = testServer()
    ;({ admin, curator } = await adminAndCurator(server))
    state = await draft()
    firstId = state.document.exhibits[0]?.id ?? ''
    snapshot = databaseSnapshot(server.hall.db)
    mediaFiles = listMedia()
  })

  afterAll(() => {
    // The same rows, byte for byte, and no file left in the media folder: nothing was stored.
    expect(databaseSnapshot(server.hall.db)).toBe(snapshot)
    expect(listMedia()).toEqual(mediaFiles)
    server.cleanup()
  })

  it('PUT /api/draft (the whole document)', async () => {
    const template = { baseVersion: state.version, document: state.document } as unknown as Json
    const stale = fc
      .oneof(fc.integer({ min: 0, max: state.version - 1 }), fc.integer({ min: state.version + 1 }))
      .map((baseVersion) => ({ body: jsonBody({ baseVersion, document: state.document } as unknown as Json) }))
    const bodies = fc.oneof(
      {
        weight: 9,
        arbitrary: hostileBodies(invalidVariant(template, { constrainedKeys: CONSTRAINED }), [
          'baseVersion',
          'document',
        ]),
      },
      { weight: 1, arbitrary: stale },
    )
    await fuzz(
      () => curator,
      'PUT',
      bodies.map((body) => ({ path: '/api/draft', ...body })),
    )
  })

  it('POST /api/draft/exhibits (a new exhibit)', async () => {
    const first = state.document.exhibits[0]
    const template = { exhibit: { ...first, id: 'a-new-exhibit', tour: 999 } } as unknown as Json
    const duplicate = fc.constant({
      body: jsonBody({ exhibit: first } as unknown as Json),
      contentType: 'application/json',
    })
    const bodies = fc.oneof(
      { weight: 9, arbitrary: hostileBodies(invalidVariant(template, { constrainedKeys: CONSTRAINED }), ['exhibit']) },
      { weight: 1, arbitrary: duplicate },
    )
    await fuzz(
      () => curator,
      'POST',
      bodies.map((body) => ({ path: '/api/draft/exhibits', ...body })),
    )
  })

  it('PUT /api/draft/exhibits/:id (one exhibit)', async () => {
    const exhibit = state.document.exhibits[0]
    const version = state.exhibitVersions[firstId]?.version ?? 0
    const template = { baseVersion: version, exhibit } as unknown as Json
    const onExisting = hostileBodies(invalidVariant(template, { constrainedKeys: CONSTRAINED }), [
      'baseVersion',
      'exhibit',
    ]).map((body) => ({ path: `/api/draft/exhibits/${firstId}`, ...body }))
    const stale = fc.integer({ min: version + 1 }).map((baseVersion) => ({
      path: `/api/draft/exhibits/${firstId}`,
      body: jsonBody({ baseVersion, exhibit } as unknown as Json),
      contentType: 'application/json',
    }))
    const nowhere = hostileSegment.map((segment) => ({
      path: `/api/draft/exhibits/${segment}`,
      body: jsonBody(template),
      contentType: 'application/json',
    }))
    await fuzz(
      () => curator,
      'PUT',
      fc.oneof({ weight: 7, arbitrary: onExisting }, stale, { weight: 2, arbitrary: nowhere }),
    )
  })

  it('DELETE /api/draft/exhibits/:id (stale, missing or malformed versions and ids)', async () => {
    const version = state.exhibitVersions[firstId]?.version ?? 0
    const query = fc.oneof(
      fc
        .integer()
        .filter((value) => value !== version)
        .map(String),
      fc.constantFrom('', 'NaN', '-0', '1.5', 'Infinity', '1e400', '0x1', '[]', '%00'),
      hostileString.map(encodeURIComponent),
    )
    const attempts = fc.oneof(
      query.map((value) => ({ path: `/api/draft/exhibits/${firstId}?baseVersion=${value}` })),
      fc.constant({ path: `/api/draft/exhibits/${firstId}` }),
      hostileSegment.map((segment) => ({ path: `/api/draft/exhibits/${segment}?baseVersion=${version}` })),
    )
    await fuzz(() => curator, 'DELETE', attempts)
  })

  it('POST /api/publish', async () => {
    const template = { baseVersion: state.version } as Json
    const stale = fc
      .oneof(fc.integer({ min: 0, max: state.version - 1 }), fc.integer({ min: state.version + 1 }))
      .map((baseVersion) => ({ body: jsonBody({ baseVersion }), contentType: 'application/json' }))
    const bodies = fc.oneof({ weight: 4, arbitrary: hostileBodies(invalidVariant(template), ['baseVersion']) }, stale)
    await fuzz(
      () => admin,
      'POST',
      bodies.map((body) => ({ path: '/api/publish', ...body })),
    )
    // A curator may not publish at all, whatever the body.
    await fuzz(
      () => curator,
      'POST',
      fc.constant({ path: '/api/publish', body: '{}', contentType: 'application/json' }),
    )
  })

  it('POST /api/revisions/:id/restore', async () => {
    const template = { baseVersion: state.version } as Json
    const revision = state.revisionId
    const stale = fc.integer({ min: state.version + 1 }).map((baseVersion) => ({
      path: `/api/revisions/${revision}/restore`,
      body: jsonBody({ baseVersion }),
      contentType: 'application/json',
    }))
    const attempts = fc.oneof(
      {
        weight: 5,
        arbitrary: hostileBodies(invalidVariant(template), ['baseVersion']).map((body) => ({
          path: `/api/revisions/${revision}/restore`,
          ...body,
        })),
      },
      stale,
      {
        weight: 2,
        arbitrary: hostileSegment.map((segment) => ({
          path: `/api/revisions/${segment}/restore`,
          body: '{}',
          contentType: 'application/json',
        })),
      },
    )
    await fuzz(() => curator, 'POST', attempts)
  })

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
    await fuzz(
      () => admin,
      'POST',
      bodies.map((body) => ({ path: '/api/users', ...body })),
    )
    await fuzz(
      () => curator,
      'POST',
      fc.constant({ path: '/api/users', body: jsonBody(template), contentType: 'application/json' }),
    )
  })

  it('PATCH /api/users/:id', async () => {
    const users = ((await (await admin.call('GET', '/api/users')).json()) as { users: { id: number; role: string }[] })
      .users
    const adminId = users.find((user) => user.role === 'admin')?.id
    const curatorId = users.find((user) => user.role === 'curator')?.id
    const template = { name: 'Renamed', role: 'curator', password: 'another long passphrase' }
    const invalid = fc.oneof(
      invalidVariant(template, { constrainedKeys: CONSTRAINED }),
      fc.string({ maxLength: 11 }).map((password) => ({ password })),
      fc.stringMatching(/^\s{0,5}$/).map((name) => ({ name })),
    )
    const attempts = fc.oneof(
      {
        weight: 6,
        arbitrary: hostileBodies(invalid, Object.keys(template)).map((body) => ({
          path: `/api/users/${curatorId}`,
          ...body,
        })),
      },
      // The only admin cannot be demoted: 409, and the role stays.
      fc.constant({
        path: `/api/users/${adminId}`,
        body: jsonBody({ role: 'curator' }),
        contentType: 'application/json',
      }),
      {
        weight: 2,
        arbitrary: hostileSegment.map((segment) => ({
          path: `/api/users/${segment}`,
          body: jsonBody({ name: 'Nobody' }),
          contentType: 'application/json',
        })),
      },
    )
    await fuzz(() => admin, 'PATCH', attempts)
  })

  it('DELETE /api/users/:id (missing ids, malformed ids, one’s own account)', async () => {
    const users = ((await (await admin.call('GET', '/api/users')).json()) as { users: { id: number; role: string }[] })
      .users
    const adminId = users.find((user) => user.role === 'admin')?.id
    const attempts = fc.oneof(
      hostileSegment.map((segment) => ({ path: `/api/users/${segment}` })),
      fc.constant({ path: `/api/users/${adminId}` }),
    )
    await fuzz(() => admin, 'DELETE', attempts)
  })

  it('PUT /api/session/password', async () => {
    const template = { currentPassword: 'a long curator passphrase', newPassword: 'a new long passphrase' }
    const invalid = fc.oneof(
      invalidVariant(template),
      fc.string({ maxLength: 11 }).map((newPassword) => ({ ...template, newPassword })),
      fc.string({ minLength: 12 }).map((currentPassword) => ({ ...template, currentPassword })),
    )
    const bodies = hostileBodies(invalid, Object.keys(template))
    await fuzz(
      () => curator,
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
    await fuzz(
      () => server.browser(),
      'POST',
      bodies.map((body) => ({ path: '/api/session', ...body })),
    )
  })

  it('POST /api/media (uploads): not media, damaged, polyglot, malformed forms', async () => {
    const signatures = [
      [0xff, 0xd8, 0xff, 0xe0],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [...Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ')],
      [...Buffer.from('glTF'), 2, 0, 0, 0],
      [],
    ]
    const markup = fc.constantFrom('', '<html><script>alert(1)</script></html>', '<svg onload=alert(1)>', '<?php ?>')
    const file = fc
      .tuple(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 2048 }), markup)
      .map(([start, rest, tail]) => Buffer.concat([Buffer.from(start), Buffer.from(rest), Buffer.from(tail)]))
    // The container's JSON, with the keys the server reads by hand given values of any shape.
    const gltfJson = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(
        fc.constantFrom('asset', 'buffers', 'images', 'bufferViews', 'meshes'),
        fc.jsonValue({ maxDepth: 3 }),
      ),
      fc.record({
        asset: fc.constant({ version: '2.0' }),
        images: fc.array(
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ bufferView: fc.jsonValue(), uri: fc.jsonValue() })),
        ),
        bufferViews: fc.jsonValue({ maxDepth: 2 }),
      }),
    )
    const glbWithJson = gltfJson.map((json) => {
      const chunk = Buffer.from(JSON.stringify(json).padEnd(Math.ceil(JSON.stringify(json).length / 4) * 4, ' '))
      const out = Buffer.alloc(20 + chunk.length)
      out.write('glTF', 0, 'ascii')
      out.writeUInt32LE(2, 4)
      out.writeUInt32LE(out.length, 8)
      out.writeUInt32LE(chunk.length, 12)
      out.writeUInt32LE(0x4e4f534a, 16)
      chunk.copy(out, 20)
      return out
    })
    const name = fc.oneof(hostileString, fc.constantFrom('photo.png', '../../hall.sqlite', 'x.html', 'a'.repeat(5000)))
    const form = fc
      .tuple(
        fc.oneof(file, glbWithJson),
        name,
        fc.constantFrom('file', 'File', 'files[]', ''),
        fc.constantFrom('image/png', 'text/html', ''),
      )
      .map(([bytes, fileName, field, type]) => {
        const data = new FormData()
        data.append(field, new File([new Uint8Array(bytes)], fileName, { type }))
        return { path: '/api/media', body: data as string | FormData }
      })
    const notAForm = fc.record({
      path: fc.constant('/api/media'),
      body: fc.oneof(notJson, fc.constant('--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc')),
      contentType: fc.constantFrom(
        'multipart/form-data; boundary=x',
        'multipart/form-data',
        'application/json',
        'image/png',
      ),
    })
    await fuzz(() => curator, 'POST', fc.oneof({ weight: 4, arbitrary: form }, notAForm))
  })

  it('DELETE /api/session (sign-out) with forged cookies signs nobody out', async () => {
    const cookie = fc.oneof(
      fc.string({ maxLength: 64 }),
      hostileString,
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => Buffer.from(bytes).toString('base64url')),
    )
    await fc.assert(
      fc.asyncProperty(cookie, contentType, async (value, type) => {
        const before = totalChanges(server.hall.db)
        const response = await server.app.request(`${ORIGIN}/api/session`, {
          method: 'DELETE',
          headers: { Origin: ORIGIN, Cookie: `mh_session=${encodeURIComponent(value)}`, 'Content-Type': type },
        })
        // Signing out of no session is harmless (204); a refusal is a 4xx with a sentence. Never a 5xx.
        expect([204, 403]).toContain(response.status)
        if (response.status === 403) expect(((await response.json()) as { error: string }).error).toBeTruthy()
        expect(totalChanges(server.hall.db)).toBe(before)
      }),
      { numRuns: RUNS },
    )
    // The real sessions still work.
    expect((await curator.call('GET', '/api/draft')).status).toBe(200)
    expect((await admin.call('GET', '/api/users')).status).toBe(200)
  })

  it('POST /api/setup while setup is pending (a fresh server), with every wrong token and body', async () => {
    const fresh = testServer()
    try {
      const setup = await prepareFirstAdmin(fresh.hall, {})
      if (setup.kind !== 'token') throw new Error('expected a setup token')
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
      const before = databaseSnapshot(fresh.hall.db)
      const previous = server
      server = fresh
      try {
        await fuzz(
          () => fresh.browser(),
          'POST',
          bodies.map((body) => ({ path: '/api/setup', ...body })),
        )
      } finally {
        server = previous
      }
      expect(databaseSnapshot(fresh.hall.db)).toBe(before)
    } finally {
      fresh.cleanup()
    }
  })
})
