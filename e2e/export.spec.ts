import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'
import { STATIC_PORT } from './support/testServers'

const origin = `http://127.0.0.1:${STATIC_PORT}`
let folder = ''
let server: ChildProcess | undefined

test.use({ baseURL: origin })

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'hall-export-'))
  // A fresh data directory is seeded with the default exhibition, which is what gets published and exported.
  execFileSync(
    'npx',
    ['tsx', 'src/server/export/cli.ts', '--out', join(folder, 'site'), '--data', join(folder, 'data')],
    {
      stdio: 'pipe',
    },
  )
  // The plainest static file server there is: no application code, no API.
  server = spawn(
    'python3',
    ['-m', 'http.server', String(STATIC_PORT), '--bind', '127.0.0.1', '--directory', join(folder, 'site')],
    {
      stdio: 'ignore',
    },
  )
  await expect
    .poll(async () => (await fetch(`${origin}/content/exhibition.json`).catch(() => null))?.status, { timeout: 20_000 })
    .toBe(200)
})

test.afterAll(() => {
  server?.kill()
  if (folder) rmSync(folder, { recursive: true, force: true })
})

test('the static export, served by a plain file server, shows the hall and its texts', async ({ hall }) => {
  const exhibition = (await (await fetch(`${origin}/content/exhibition.json`)).json()) as {
    exhibits: { id: string; title: { en: string }; audio?: { en?: string } }[]
  }
  const first = exhibition.exhibits[0]
  if (!first) throw new Error('no exhibits')
  await hall.open(`?exhibit=${first.id}&lang=en`)
  await hall.waitForHall()
  await expect(hall.panelHeading()).toHaveText(first.title.en)
  // Frames are drawn on demand: the last one drawn is what is on screen, and it must show the hall.
  await expect.poll(async () => (await hall.diagnostics())?.drawCalls ?? 0).toBeGreaterThan(10)
  // The narration recording came along, and plays from the plain file server.
  const recording = first.audio?.en
  if (!recording) throw new Error(`the first exhibit, ${first.id}, has no English recording`)
  expect((await fetch(`${origin}/${recording}`)).headers.get('content-type')).toMatch(/^audio\//)
  await hall.page.getByRole('region', { name: 'Captions' }).getByRole('button', { name: 'Play narration' }).click()
  await expect.poll(async () => (await hall.diagnostics())?.narration?.audio?.currentTime ?? 0).toBeGreaterThan(0.5)
  // No server behind it: the studio is not part of the export.
  expect((await fetch(`${origin}/studio/`)).status).toBe(404)
})
