import fc from 'fast-check'
import { afterAll, beforeAll, describe, it } from 'vitest'
import type { DraftState } from '../db/contentRepository'
import { FuzzTarget } from '../testing/fuzzHarness'
import {
  CONSTRAINED,
  hostileBodies,
  hostileSegment,
  hostileString,
  invalidVariant,
  type Json,
  jsonBody,
} from '../testing/fuzzing'

// At least 1000 malformed or hostile requests to each endpoint that changes the draft or what visitors see.
describe('the draft, publishing and restoring refuse malformed and hostile input, and change nothing', {
  timeout: 120_000,
}, () => {
  let target: FuzzTarget
  let state: DraftState
  let firstId: string

  beforeAll(async () => {
    target = await FuzzTarget.open()
    state = await target.draft()
    firstId = state.document.exhibits[0]?.id ?? ''
  })
  afterAll(() => target.close())

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
    await target.fuzz(
      () => target.curator,
      'PUT',
      bodies.map((body) => ({ path: '/api/draft', ...body })),
    )
  })

  it('PUT /api/draft (a merged save, naming its base revision)', async () => {
    const template = { baseRevision: state.revisionId, document: state.document } as unknown as Json
    const unknownBase = fc.integer({ min: state.revisionId + 1 }).map((baseRevision) => ({
      body: jsonBody({ baseRevision, document: state.document } as unknown as Json),
      contentType: 'application/json',
    }))
    const bothBases = fc.constant({
      body: jsonBody({ ...(template as { [key: string]: Json }), baseVersion: state.version }),
      contentType: 'application/json',
    })
    const bodies = fc.oneof(
      {
        weight: 8,
        arbitrary: hostileBodies(invalidVariant(template, { constrainedKeys: CONSTRAINED }), [
          'baseRevision',
          'document',
        ]),
      },
      unknownBase,
      bothBases,
    )
    await target.fuzz(
      () => target.curator,
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
    await target.fuzz(
      () => target.curator,
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
    await target.fuzz(
      () => target.curator,
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
    await target.fuzz(() => target.curator, 'DELETE', attempts)
  })

  it('POST /api/publish', async () => {
    const template = { baseVersion: state.version } as Json
    const stale = fc
      .oneof(fc.integer({ min: 0, max: state.version - 1 }), fc.integer({ min: state.version + 1 }))
      .map((baseVersion) => ({ body: jsonBody({ baseVersion }), contentType: 'application/json' }))
    const bodies = fc.oneof({ weight: 4, arbitrary: hostileBodies(invalidVariant(template), ['baseVersion']) }, stale)
    await target.fuzz(
      () => target.admin,
      'POST',
      bodies.map((body) => ({ path: '/api/publish', ...body })),
    )
    // A curator may not publish at all, whatever the body.
    await target.fuzz(
      () => target.curator,
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
    await target.fuzz(() => target.curator, 'POST', attempts)
  })
})
