import { afterEach, describe, expect, it } from 'vitest'
import type { Exhibit } from '../../content/schema'
import {
  draftStateSchema,
  publishAnswerSchema,
  refusalSchema,
  revisionListSchema,
  sessionInfoSchema,
} from '../../content/studioApi'
import { adminAndCurator, testServer } from '../testing/testServer'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

/** The studio refuses any answer its schemas do not accept: each answer the server gives must pass them. */
describe('the studio API contract (src/content/studioApi.ts)', () => {
  it('holds for the session, the draft, saves, both kinds of 409, publishing and the history', async () => {
    server = testServer()
    const { admin, curator } = await adminAndCurator(server)
    const body = async (response: Response) => (await response.json()) as unknown

    expect(sessionInfoSchema.parse(await body(await curator.call('GET', '/api/session'))).user?.role).toBe('curator')
    const draft = draftStateSchema.parse(await body(await curator.call('GET', '/api/draft')))
    const first = draft.document.exhibits[0] as Exhibit
    const edited = { ...first, title: { ...first.title, en: 'Saved first' } }
    const saved = await curator.call('PUT', `/api/draft/exhibits/${first.id}`, {
      json: { baseVersion: 1, exhibit: edited },
    })
    expect(draftStateSchema.parse(await body(saved)).exhibitVersions[first.id]?.version).toBe(2)

    const staleExhibit = await admin.call('PUT', `/api/draft/exhibits/${first.id}`, {
      json: { baseVersion: 1, exhibit: first },
    })
    expect(staleExhibit.status).toBe(409)
    expect(refusalSchema.parse(await body(staleExhibit)).conflict?.scope).toBe('exhibit')
    const staleDocument = await admin.call('PUT', '/api/draft', {
      json: { baseVersion: draft.version, document: draft.document },
    })
    expect(staleDocument.status).toBe(409)
    expect(refusalSchema.parse(await body(staleDocument)).conflict?.scope).toBe('document')
    const stalePublish = await admin.call('POST', '/api/publish', { json: { baseVersion: draft.version } })
    expect(stalePublish.status).toBe(409)
    expect(refusalSchema.parse(await body(stalePublish)).draftVersion).toBe(draft.version + 1)

    const published = await admin.call('POST', '/api/publish', { json: {} })
    expect(publishAnswerSchema.parse(await body(published)).revision.kind).toBe('publish')
    const history = revisionListSchema.parse(await body(await curator.call('GET', '/api/revisions')))
    expect(history.revisions[0]?.kind).toBe('publish')
  })
})
