import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Exhibit, Exhibition } from '../../content/schema'
import type { DraftState, RevisionSummary } from '../db/contentRepository'
import { adminAndCurator, testServer } from '../testing/testServer'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

const json = async <T>(response: Response) => (await response.json()) as T

async function published(): Promise<Exhibition> {
  const response = await server.app.request('http://hall.test/content/exhibition.json')
  expect(response.headers.get('Cache-Control')).toMatch(/\bno-cache\b/)
  expect(response.headers.get('ETag')).toBeTruthy()
  return json<Exhibition>(response)
}

async function setUp() {
  server = testServer()
  const accounts = await adminAndCurator(server)
  const draft = await json<DraftState>(await accounts.curator.call('GET', '/api/draft'))
  const first = draft.document.exhibits[0] as Exhibit
  return { ...accounts, draft, first }
}

describe('the draft', () => {
  it('starts as the default exhibition, which visitors see, with a version per exhibit', async () => {
    const { draft, first } = await setUp()
    expect(draft.version).toBe(1)
    expect(draft.exhibitVersions[first.id]?.version).toBe(1)
    expect((await published()).exhibits[0]?.title).toEqual(first.title)
  })

  it('refuses a blank Chinese title, naming title.zh, and keeps the draft unchanged', async () => {
    const { curator, first } = await setUp()
    const response = await curator.call('PUT', `/api/draft/exhibits/${first.id}`, {
      json: { baseVersion: 1, exhibit: { ...first, title: { ...first.title, zh: '  ' } } },
    })
    expect(response.status).toBe(400)
    const body = await json<{ error: string; problems: { path: string; message: string }[] }>(response)
    expect(body.problems).toContainEqual({ path: 'title.zh', message: 'must not be empty' })
    const after = await json<DraftState>(await curator.call('GET', '/api/draft'))
    expect(after.version).toBe(1)
  })

  it('refuses a change that breaks the whole document (an unknown zone), naming the exhibit', async () => {
    const { curator, first } = await setUp()
    const response = await curator.call('PUT', `/api/draft/exhibits/${first.id}`, {
      json: { baseVersion: 1, exhibit: { ...first, zone: 'nowhere' } },
    })
    expect(response.status).toBe(400)
    const body = await json<{ problems: { path: string; message: string }[] }>(response)
    expect(body.problems[0]?.path).toBe(`exhibits[0] "${first.id}".zone`)
  })

  it('refuses the later of two saves from the same version with 409 and both versions', async () => {
    const { admin, curator, first } = await setUp()
    const mine = { ...first, title: { ...first.title, en: 'Saved first' } }
    const theirs = { ...first, title: { ...first.title, en: 'Saved second, from a stale copy' } }
    const ok = await curator.call('PUT', `/api/draft/exhibits/${first.id}`, { json: { baseVersion: 1, exhibit: mine } })
    expect(ok.status).toBe(200)
    expect((await json<DraftState>(ok)).exhibitVersions[first.id]?.version).toBe(2)

    const stale = await admin.call('PUT', `/api/draft/exhibits/${first.id}`, {
      json: { baseVersion: 1, exhibit: theirs },
    })
    expect(stale.status).toBe(409)
    const body = await json<{
      conflict: { yours: { exhibit: Exhibit }; theirs: { exhibit: Exhibit; version: number; savedBy: string } }
    }>(stale)
    expect(body.conflict.yours.exhibit.title.en).toBe('Saved second, from a stale copy')
    expect(body.conflict.theirs.exhibit.title.en).toBe('Saved first')
    expect(body.conflict.theirs.version).toBe(2)
    expect(body.conflict.theirs.savedBy).toBe('Cai Curator')

    // Saves to another exhibit are not in conflict.
    const draft = await json<DraftState>(await admin.call('GET', '/api/draft'))
    const other = draft.document.exhibits[1] as Exhibit
    const unrelated = await admin.call('PUT', `/api/draft/exhibits/${other.id}`, {
      json: { baseVersion: 1, exhibit: { ...other, rotation: other.rotation + 1 } },
    })
    expect(unrelated.status).toBe(200)
  })

  it('refuses a stale whole-document save with 409', async () => {
    const { admin, curator, draft } = await setUp()
    const edited = { ...draft.document, title: { ...draft.document.title, en: 'A new name' } }
    expect((await curator.call('PUT', '/api/draft', { json: { baseVersion: 1, document: edited } })).status).toBe(200)
    const stale = await admin.call('PUT', '/api/draft', { json: { baseVersion: 1, document: draft.document } })
    expect(stale.status).toBe(409)
    const body = await json<{ conflict: { theirs: { document: Exhibition } } }>(stale)
    expect(body.conflict.theirs.document.title.en).toBe('A new name')
  })

  it('adds and deletes exhibits, and a deleted exhibit cannot be saved from its old version', async () => {
    const { curator, first } = await setUp()
    const copy = { ...first, id: 'a-new-stand', tour: 99 }
    const added = await curator.call('POST', '/api/draft/exhibits', { json: { exhibit: copy } })
    expect(added.status).toBe(201)
    expect((await json<DraftState>(added)).document.exhibits.at(-1)?.id).toBe('a-new-stand')
    expect((await curator.call('DELETE', '/api/draft/exhibits/a-new-stand?baseVersion=1')).status).toBe(200)
    const again = await curator.call('POST', '/api/draft/exhibits', { json: { exhibit: copy } })
    const version = (await json<DraftState>(again)).exhibitVersions['a-new-stand']?.version
    expect(version).toBe(3)
  })
})

describe('publishing and history', () => {
  it('shows visitors the draft only once an admin publishes it, with fonts cut for the new text', async () => {
    const { admin, curator, first } = await setUp()
    const renamed = { ...first, title: { ...first.title, zh: '鑫淼焱垚' } }
    await curator.call('PUT', `/api/draft/exhibits/${first.id}`, { json: { baseVersion: 1, exhibit: renamed } })
    expect((await published()).exhibits[0]?.title.zh).toBe(first.title.zh)
    const builtFont = await (await server.app.request('http://hall.test/fonts/generated/hall-400.woff')).text()
    expect(builtFont).toBe('built 400')

    const response = await admin.call('POST', '/api/publish', { json: { baseVersion: 2 } })
    expect(response.status).toBe(201)
    expect((await published()).exhibits[0]?.title.zh).toBe('鑫淼焱垚')
    const font = await server.app.request('http://hall.test/fonts/generated/hall-400.woff')
    expect(font.headers.get('Content-Type')).toBe('font/woff')
    expect(
      Buffer.from(await font.arrayBuffer())
        .subarray(0, 4)
        .toString(),
    ).toBe('wOFF')
  })

  it('refuses to publish a draft newer than the one the admin reviewed', async () => {
    const { admin } = await setUp()
    const response = await admin.call('POST', '/api/publish', { json: { baseVersion: 0 } })
    expect(response.status).toBe(409)
  })

  it('lists every save and publish with author and time; any revision can be previewed and restored', async () => {
    const { admin, curator, first } = await setUp()
    const edited = { ...first, summary: { ...first.summary, en: 'An edited summary.' } }
    await curator.call('PUT', `/api/draft/exhibits/${first.id}`, { json: { baseVersion: 1, exhibit: edited } })
    await admin.call('POST', '/api/publish', { json: {} })

    const { revisions, publishedRevisionId } = await json<{
      revisions: RevisionSummary[]
      publishedRevisionId: number
    }>(await curator.call('GET', '/api/revisions'))
    expect(revisions.map((revision) => revision.kind)).toEqual(['publish', 'save', 'seed'])
    expect(revisions[0]?.id).toBe(publishedRevisionId)
    expect(revisions[1]).toMatchObject({ author: 'Cai Curator', summary: `Saved exhibit "${first.id}"` })
    expect(Date.parse(revisions[1]?.createdAt ?? '')).not.toBeNaN()

    const seed = revisions[2] as RevisionSummary
    const preview = await json<{ document: Exhibition }>(await curator.call('GET', `/api/revisions/${seed.id}`))
    expect(preview.document.exhibits[0]?.summary.en).toBe(first.summary.en)

    const restored = await curator.call('POST', `/api/revisions/${seed.id}/restore`, { json: {} })
    expect(restored.status).toBe(200)
    const draft = await json<DraftState>(restored)
    expect(draft.document.exhibits[0]?.summary.en).toBe(first.summary.en)
    // Restoring changes the draft only; visitors keep the published revision until the next publish.
    expect((await published()).exhibits[0]?.summary.en).toBe('An edited summary.')
    // Anyone still editing from before the restore is now stale.
    const stale = await curator.call('PUT', `/api/draft/exhibits/${first.id}`, {
      json: { baseVersion: 2, exhibit: edited },
    })
    expect(stale.status).toBe(409)
    expect((await curator.call('GET', '/api/revisions/9999')).status).toBe(404)
  })

  it('serves one whole revision at a time: the visitor document is old or new, never a mix', async () => {
    const { admin, curator, draft } = await setUp()
    const before = JSON.stringify(await published())
    // Two exhibits changed in two saves; visitors see neither until the publish, then both.
    for (const index of [0, 1]) {
      const exhibit = draft.document.exhibits[index] as Exhibit
      await curator.call('PUT', `/api/draft/exhibits/${exhibit.id}`, {
        json: { baseVersion: 1, exhibit: { ...exhibit, rotation: exhibit.rotation + 10 } },
      })
      expect(JSON.stringify(await published())).toBe(before)
    }
    await admin.call('POST', '/api/publish', { json: {} })
    const after = await published()
    expect(after.exhibits[0]?.rotation).toBe((draft.document.exhibits[0]?.rotation ?? 0) + 10)
    expect(after.exhibits[1]?.rotation).toBe((draft.document.exhibits[1]?.rotation ?? 0) + 10)
    expect(existsSync(join(server.dataDir, 'hall.sqlite-wal'))).toBe(true)
  })
})
