import { rmSync } from 'node:fs'
import { expect, type Page, test } from '@playwright/test'
import type { Exhibition } from '../src/content/schema'
import { entrancePose, viewingPose } from '../src/world/geometry'
import { HallServer } from './support/hallServer'
import { E2E_ADMIN, PORT } from './support/testServers'
import { VRPage } from './support/VRPage'
import { visitor } from './support/visitors'

// A console and two devices at once on software WebGL: small windows, one test that tells the whole story.
test.use({ viewport: { width: 800, height: 560 } })
test.setTimeout(240_000)

const SERVER_PORT = PORT + 10
const server = new HallServer(SERVER_PORT, `.e2e-data/console-${SERVER_PORT}`, {
  ADMIN_EMAIL: E2E_ADMIN.email,
  ADMIN_PASSWORD: E2E_ADMIN.password,
})

test.beforeAll(async () => {
  rmSync(server.dataDir, { recursive: true, force: true })
  await server.start()
})
test.afterAll(() => server.stop())

/** A device staff set up on its pre-flight page: its name kept in its own storage. */
const named = (id: string, name: string) => ({
  'metaverse-hall:device': JSON.stringify({
    state: { id, name, kiosk: false, kioskIdleSeconds: 120, kioskLanguage: 'zh', lastPreflight: null },
    version: 1,
  }),
})
const distance = (a: { x: number; z: number }, b: { x: number; z: number }) => Math.hypot(a.x - b.x, a.z - b.z)
const row = (console: Page, name: string) => console.getByRole('table', { name: 'Devices' }).getByRole('row', { name })

test('the console lists two devices live, sends one to an exhibit, resets it, and a message reaches both', async ({
  browser,
}) => {
  const exhibition = (await (await fetch(`${server.origin}/content/exhibition.json`)).json()) as Exhibition
  const exhibit = exhibition.exhibits[2]
  if (!exhibit) throw new Error('the exhibition has too few exhibits')

  const screen = await visitor(browser, server.origin, '?lang=en', { storage: named('device-screen-1', 'Screen 1') })
  const quest = await visitor(browser, server.origin, '?lang=zh&xr-emulate=quest3', {
    storage: named('device-headset-2', 'Headset 2'),
  })
  const vr = new VRPage(quest.hall)
  await vr.enter()

  // Staff sign in to the studio and open the console; a visitor's browser cannot read it.
  expect((await screen.context.request.get('/api/console/devices')).status()).toBe(401)
  const context = await browser.newContext({ baseURL: server.origin, viewport: { width: 1400, height: 800 } })
  const signIn = await context.request.post('/api/session', { data: E2E_ADMIN, headers: { Origin: server.origin } })
  expect(signIn.ok()).toBe(true)
  const console = await context.newPage()
  await console.goto('/studio/#event')
  await expect(console.getByRole('heading', { name: 'Event console' })).toBeVisible({ timeout: 30_000 })

  // Both devices, live, with their names, VR state, language and where they are.
  await expect(row(console, 'Screen 1')).toContainText('screen', { timeout: 60_000 })
  await expect(row(console, 'Screen 1')).toContainText('English')
  await expect(row(console, 'Headset 2')).toContainText('in VR', { timeout: 60_000 })
  await expect(row(console, 'Headset 2')).toContainText('中文')
  await expect(row(console, 'Screen 1')).toContainText(/\d+ ms/)
  await expect(row(console, 'Screen 1')).toContainText('never run')

  // One device to an exhibit: it goes there with its text open, and the console sees it.
  await row(console, 'Screen 1').getByLabel('Exhibit for Screen 1').selectOption(exhibit.id)
  await row(console, 'Screen 1').getByRole('button', { name: 'Send Screen 1 to the exhibit' }).click()
  await expect(console.getByRole('log')).toContainText('Screen 1: delivered')
  await expect(screen.hall.panelHeading()).toHaveText(exhibit.title.en)
  await expect
    .poll(async () => distance(await screen.hall.pose(), viewingPose(exhibit)), { timeout: 30_000 })
    .toBeLessThan(0.1)
  await expect(row(console, 'Screen 1').getByRole('cell').nth(3)).toHaveText(exhibit.title.en)
  await console.screenshot({ path: 'test-results/console-devices.png', fullPage: true })

  // Reset it for the next visitor: text closed, at the entrance, in the event's language (中文 here).
  await row(console, 'Screen 1').getByRole('button', { name: 'Reset Screen 1' }).click()
  await expect(console.getByRole('log').getByRole('listitem').first()).toContainText('Screen 1: delivered')
  await expect(screen.hall.panel).toBeHidden()
  await expect
    .poll(async () => distance(await screen.hall.pose(), entrancePose(exhibition.hall)), { timeout: 30_000 })
    .toBeLessThan(0.1)
  await expect(screen.page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true')
  await expect(row(console, 'Screen 1')).toContainText('中文')
  await expect(row(console, 'Screen 1').getByRole('cell').nth(3)).toHaveText('none')
  // The headset was not touched.
  expect((await vr.xr()).presenting).toBe(true)

  // A message to everyone, in both languages: a banner on the screen, a caption card in the headset.
  const everyone = console.getByRole('region', { name: 'Everyone' })
  // A character the hall's fonts lack would be an empty box in the headset: staff are told before sending.
  const noGlyph = everyone.getByText("The hall's font has no 龘")
  await everyone.getByLabel('中文').fill('展厅十分钟后关闭龘')
  await expect(noGlyph).toBeVisible()
  await everyone.screenshot({ path: 'test-results/console-glyphs.png' })
  await everyone.getByLabel('中文').fill('展厅十分钟后关闭')
  await expect(noGlyph).toBeHidden()
  await everyone.getByLabel('English').fill('The hall closes in 10 minutes')
  await everyone.getByRole('button', { name: 'Show to everyone' }).click()
  const log = console.getByRole('log').getByRole('listitem').first()
  await expect(log).toContainText('Screen 1: delivered')
  await expect(log).toContainText('Headset 2: delivered')
  const banner = screen.page.getByRole('status').filter({ hasText: 'The hall closes in 10 minutes' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText('展厅十分钟后关闭')
  await expect
    .poll(async () => (await vr.xr()).broadcast, { timeout: 30_000 })
    .toBe('展厅十分钟后关闭\nThe hall closes in 10 minutes')
  await screen.page.screenshot({ path: 'test-results/console-banner.png' })
  await console.screenshot({ path: 'test-results/console-log.png', fullPage: true })

  for (const v of [screen, quest]) expect(v.foreign, 'requests that left the origin').toEqual([])
  await Promise.all([screen.context.close(), quest.context.close(), context.close()])
})
