import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import v1 from '../../content/fixtures/exhibition-v1.json'
import { CONTENT_VERSION, type Exhibit, type Exhibition } from '../../content/schema'
import { exportStatic } from '../export/exportStatic'
import { adminAndCurator, testServer } from '../testing/testServer'
import type { DraftState } from './contentRepository'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

/** A data directory written by a build of content format 1: every stored document is a v1 document. */
function storeAsVersion1(): void {
  const json = JSON.stringify(v1)
  server.hall.db.prepare('UPDATE revisions SET document = ?').run(json)
  server.hall.db.prepare('UPDATE draft SET document = ?').run(json)
}

describe('documents stored by an older build', () => {
  it('are upgraded when read: visitors, the draft and revisions all get the current format', async () => {
    server = testServer()
    const { curator } = await adminAndCurator(server)
    storeAsVersion1()

    const served = (await (await server.app.request('http://hall.test/content/exhibition.json')).json()) as Exhibition
    expect(served.version).toBe(CONTENT_VERSION)
    const welcome = served.exhibits.find((exhibit) => exhibit.id === 'welcome')
    expect(welcome?.narration).toEqual(welcome?.summary)

    const draft = (await (await curator.call('GET', '/api/draft')).json()) as DraftState
    expect(draft.document.version).toBe(CONTENT_VERSION)
    expect(server.hall.content.revision(draft.revisionId)?.document.version).toBe(CONTENT_VERSION)

    // Saving an exhibit of the upgraded draft stores the current format.
    const first = draft.document.exhibits[0] as Exhibit
    const edited = { ...first, narration: { zh: '新的旁白。第二句。', en: 'New narration. A second sentence.' } }
    const response = await curator.call('PUT', `/api/draft/exhibits/${first.id}`, {
      json: { baseVersion: draft.exhibitVersions[first.id]?.version, exhibit: edited },
    })
    expect(response.status).toBe(200)
    const row = server.hall.db.prepare('SELECT document FROM draft WHERE id = 1').get() as { document: string }
    expect(JSON.parse(row.document).version).toBe(CONTENT_VERSION)
  })
})

describe('narration recordings', () => {
  it('are served with an audio type, in ranges, as a media element asks for them', async () => {
    server = testServer()
    const whole = await server.app.request('http://hall.test/media/narration/welcome-en.ogg')
    expect(whole.status).toBe(200)
    expect(whole.headers.get('Content-Type')).toBe('audio/ogg')
    const part = await server.app.request('http://hall.test/media/narration/welcome-en.ogg', {
      headers: { range: 'bytes=0-99' },
    })
    expect(part.status).toBe(206)
    expect(part.headers.get('Content-Type')).toBe('audio/ogg')
    expect((await part.arrayBuffer()).byteLength).toBe(100)
  })

  it('are part of the static export; a missing one is refused at save, and one lost after publishing stops the export', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const out = join(server.root, 'site')
    const report = await exportStatic(server.hall, out)
    expect(report.media).toContain('media/narration/welcome-en.ogg')

    const draft = (await (await admin.call('GET', '/api/draft')).json()) as DraftState
    const first = draft.document.exhibits[0] as Exhibit
    const baseVersion = draft.exhibitVersions[first.id]?.version
    const save = (audio: Exhibit['audio']) =>
      admin.call('PUT', `/api/draft/exhibits/${first.id}`, { json: { baseVersion, exhibit: { ...first, audio } } })
    const refused = await save({ zh: 'media/narration/nowhere-zh.ogg' })
    expect(refused.status).toBe(400)
    expect(((await refused.json()) as { problems: unknown[] }).problems).toEqual([
      {
        path: `exhibits[0] "${first.id}".audio.zh`,
        message:
          '"media/narration/nowhere-zh.ogg" does not exist on the server: upload the file, or choose one from the media library',
      },
    ])

    mkdirSync(join(server.dataDir, 'media'), { recursive: true })
    const uploaded = join(server.dataDir, 'media', 'lost-zh.ogg')
    writeFileSync(uploaded, readFileSync(new URL('../../../public/media/narration/welcome-en.ogg', import.meta.url)))
    expect((await save({ zh: 'media/lost-zh.ogg' })).status).toBe(200)
    expect((await admin.call('POST', '/api/publish', { json: {} })).status).toBe(201)
    rmSync(uploaded)
    await expect(exportStatic(server.hall, join(server.root, 'site-2'))).rejects.toThrow(/missing: media\/lost-zh\.ogg/)
  })
})
