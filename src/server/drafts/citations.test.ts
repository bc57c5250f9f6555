import { afterEach, describe, expect, it } from 'vitest'
import type { Exhibit, Exhibition } from '../../content/schema'
import type { DraftState } from '../db/contentRepository'
import { adminAndCurator, testServer } from '../testing/testServer'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

const json = async <T>(response: Response) => (await response.json()) as T
type Refusal = { error: string; problems?: { path: string; message: string }[] }

async function setUp() {
  server = testServer()
  const accounts = await adminAndCurator(server)
  const draft = await json<DraftState>(await accounts.curator.call('GET', '/api/draft'))
  return { ...accounts, draft, first: draft.document.exhibits[0] as Exhibit }
}

describe('citations on the server', () => {
  it('saves an exhibit without a citation as a draft, refuses to publish it (422, named), then publishes it as a curator’s note', async () => {
    const { admin, curator, first } = await setUp()
    const { citation: _dropped, ...uncited } = first
    const saved = await curator.call('PUT', `/api/draft/exhibits/${first.id}`, {
      json: { baseVersion: 1, exhibit: uncited },
    })
    expect(saved.status).toBe(200)
    const refused = await admin.call('POST', '/api/publish', { json: {} })
    expect(refused.status).toBe(422)
    const body = await json<Refusal>(refused)
    expect(body.problems).toEqual([
      {
        path: `exhibits[0] "${first.id}".citation`,
        message: `“${first.title.en}” has no source: pick a source and its paragraphs, or mark it as a curator's note`,
      },
    ])
    const visitors = await json<Exhibition>(await server.app.request('http://hall.test/content/exhibition.json'))
    expect(visitors.exhibits[0]?.citation).toEqual(first.citation)

    const noted = await curator.call('PUT', `/api/draft/exhibits/${first.id}`, {
      json: { baseVersion: 2, exhibit: { ...uncited, curatorNote: true } },
    })
    expect(noted.status).toBe(200)
    expect((await admin.call('POST', '/api/publish', { json: {} })).status).toBe(201)
    const after = await json<Exhibition>(await server.app.request('http://hall.test/content/exhibition.json'))
    expect(after.exhibits[0]?.curatorNote).toBe(true)
    expect(after.exhibits[0]?.citation).toBeUndefined()
  })

  it('refuses deleting a source that exhibits cite, naming them, and keeps the draft unchanged', async () => {
    const { curator, draft } = await setUp()
    const spare = { ...(draft.document.sources[0] as Exhibition['sources'][number]), id: 'spare' }
    const response = await curator.call('PUT', '/api/draft', {
      json: { baseVersion: 1, document: { ...draft.document, sources: [spare] } },
    })
    expect(response.status).toBe(400)
    const body = await json<Refusal>(response)
    const onSources = body.problems?.find((problem) => problem.path === 'sources')
    expect(onSources?.message).toMatch(/^source "capd-proposal-2022" cannot be removed: it is cited by “/)
    expect(onSources?.message).toContain(`“${draft.document.exhibits[1]?.title.en}”`)
    const after = await json<DraftState>(await curator.call('GET', '/api/draft'))
    expect(after.version).toBe(1)
  })
})
