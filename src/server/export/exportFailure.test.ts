import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import sharp from 'sharp'
import { afterEach, describe, expect, it } from 'vitest'
import type { Exhibit } from '../../content/schema'
import type { DraftState } from '../db/contentRepository'
import type { MediaRecord } from '../db/mediaRepository'
import { REPO_ROOT } from '../testing/childServer'
import { adminAndCurator, type TestBrowser, testServer } from '../testing/testServer'
import { exportStatic } from './exportStatic'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

/** Uploads a real picture, puts it on the first picture stand and publishes: the export then needs that file. */
async function publishWithUpload(admin: TestBrowser): Promise<MediaRecord> {
  const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#993366' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new File([png], 'photo.png'))
  const { media } = (await (await admin.call('POST', '/api/media', { body: form })).json()) as { media: MediaRecord }
  const draft = (await (await admin.call('GET', '/api/draft')).json()) as DraftState
  const image = draft.document.exhibits.find((exhibit) => exhibit.kind === 'image') as Exhibit
  const exhibit = { ...image, media: [{ kind: 'image', src: media.src, alt: { zh: '照片', en: 'A photo' } }] }
  const baseVersion = draft.exhibitVersions[image.id]?.version
  const saved = await admin.call('PUT', `/api/draft/exhibits/${image.id}`, { json: { baseVersion, exhibit } })
  expect(saved.status).toBe(200)
  expect((await admin.call('POST', '/api/publish', { json: {} })).status).toBe(201)
  return media
}

/** Everything in the export's parent folder: a failed export must leave nothing of itself there. */
const siblings = (out: string) => readdirSync(dirname(out)).sort()

describe('a static export that fails', () => {
  it('leaves no folder at all when a published media file is missing, and says which', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const media = await publishWithUpload(admin)
    rmSync(join(server.dataDir, media.src))
    const out = join(server.root, 'exports', 'site')
    mkdirSync(dirname(out))
    const before = siblings(out)
    await expect(exportStatic(server.hall, out)).rejects.toThrow(
      `The published exhibition uses media that are missing: ${media.src}. Nothing was exported;`,
    )
    expect(existsSync(out)).toBe(false)
    expect(siblings(out)).toEqual(before)
  })

  it('keeps an earlier export whole when a later one fails, and replaces it whole when one succeeds', async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const out = join(server.root, 'site')
    const first = await exportStatic(server.hall, out)
    const firstDocument = readFileSync(join(out, 'content', 'exhibition.json'), 'utf8')
    const firstFiles = readdirSync(out, { recursive: true }).sort()

    const media = await publishWithUpload(admin)
    rmSync(join(server.dataDir, media.src))
    await expect(exportStatic(server.hall, out)).rejects.toThrow(/missing/)
    expect(readFileSync(join(out, 'content', 'exhibition.json'), 'utf8')).toBe(firstDocument)
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(firstFiles)
    expect(siblings(out).filter((name) => name.includes('exporting'))).toEqual([])

    // The file comes back: the next export replaces the first one, with the new revision and its picture.
    writeFileSync(join(server.dataDir, media.src), readFileSync(join(server.distDir, 'index.html')))
    const second = await exportStatic(server.hall, out)
    expect(second.revisionId).not.toBe(first.revisionId)
    expect(existsSync(join(out, media.src))).toBe(true)
    expect(siblings(out).filter((name) => name.includes('exporting'))).toEqual([])
  })

  it('npm run export says why it failed, exits 1, and leaves no folder', { timeout: 60_000 }, async () => {
    server = testServer()
    const { admin } = await adminAndCurator(server)
    const media = await publishWithUpload(admin)
    rmSync(join(server.dataDir, media.src))
    // The command opens the data directory itself, as it would beside a stopped server.
    server.hall.db.close()
    const out = join(server.root, 'by-command')
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/server/export/cli.ts', '--data', server.dataDir, '--dist', server.distDir, '--out', out],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    )
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`media that are missing: ${media.src}`)
    expect(existsSync(out)).toBe(false)
  })
})
