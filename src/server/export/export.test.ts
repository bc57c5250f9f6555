import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, describe, expect, it } from 'vitest'
import { NO_LIVE_SERVER_META } from '../../content/presence'
import type { Exhibit, Exhibition } from '../../content/schema'
import type { DraftState } from '../db/contentRepository'
import type { MediaRecord } from '../db/mediaRepository'
import { adminAndCurator, testServer } from '../testing/testServer'
import { exportStatic } from './exportStatic'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

describe('static export', () => {
  it('writes the app, the published document, its media and fonts covering its text', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const form = new FormData()
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    form.append('file', new File([png], 'photo.png'))
    const { media } = (await (await admin.call('POST', '/api/media', { body: form })).json()) as { media: MediaRecord }
    const draft = (await (await admin.call('GET', '/api/draft')).json()) as DraftState
    const image = draft.document.exhibits.find((exhibit) => exhibit.kind === 'image') as Exhibit
    const withPhoto = { ...image, media: [{ kind: 'image', src: media.src, alt: { zh: '照片', en: 'A photo' } }] }
    const baseVersion = draft.exhibitVersions[image.id]?.version
    expect(
      (await admin.call('PUT', `/api/draft/exhibits/${image.id}`, { json: { baseVersion, exhibit: withPhoto } }))
        .status,
    ).toBe(200)
    expect((await admin.call('POST', '/api/publish', { json: {} })).status).toBe(201)

    const out = join(server.root, 'site')
    const report = await exportStatic(server.hall, out)
    const page = readFileSync(join(out, 'index.html'), 'utf8')
    expect(page).toContain('<title>Hall</title>')
    // A plain file server has no presence to connect to: the page says so, and the hall opens no socket.
    expect(page).toContain(`<meta name="${NO_LIVE_SERVER_META}"`)
    expect(existsSync(join(out, 'studio'))).toBe(false)
    const exported = JSON.parse(readFileSync(join(out, 'content', 'exhibition.json'), 'utf8')) as Exhibition
    expect(exported.exhibits.find((exhibit) => exhibit.id === image.id)?.media[0]?.src).toBe(media.src)
    expect(existsSync(join(out, media.src))).toBe(true)
    expect(report.media).toContain(media.src)
    for (const weight of [400, 700]) {
      expect(
        readFileSync(join(out, 'fonts', 'generated', `hall-${weight}.woff`))
          .subarray(0, 4)
          .toString(),
      ).toBe('wOFF')
    }
    // A second export replaces the first.
    await expect(exportStatic(server.hall, out)).resolves.toMatchObject({ revisionId: report.revisionId })
  })

  it('will not write into a folder it did not create', async () => {
    server = testServer()
    const out = join(server.root, 'precious')
    mkdirSync(out)
    writeFileSync(join(out, 'thesis.docx'), 'years of work')
    await expect(exportStatic(server.hall, out)).rejects.toThrow(/not empty/)
  })
})
