import { rmSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { type Bot, joinBot } from '../scripts/presence/bot'
import { HallServer } from './support/hallServer'
import { PORT } from './support/testServers'
import { VRPage } from './support/VRPage'
import { presenceOf, type Visitor, visitor } from './support/visitors'

// Several visitors at once on software WebGL: small windows, and one long test that tells the whole story.
test.use({ viewport: { width: 640, height: 480 } })
test.setTimeout(420_000)

const SERVER_PORT = PORT + 7
const DATA_DIR = `.e2e-data/presence-${SERVER_PORT}`

const presence = presenceOf
const othersOf = async (v: Visitor) => (await presence(v))?.others ?? []
const near = (a: { x: number; z: number }, b: { x: number; z: number }) => Math.hypot(a.x - b.x, a.z - b.z) < 0.15

/** True when `seer` shows `seen` where `seen` says it stands, in its list, its avatars and its map. */
async function sees(seer: Visitor, seen: Visitor): Promise<boolean> {
  const pose = await seen.hall.pose()
  const report = await presence(seer)
  if (!report) return false
  const listed = report.others.some((other) => near(other, pose))
  const drawn = report.avatars.positions.some(([x, , z]) => near({ x, z }, pose))
  return listed && drawn
}

const server = new HallServer(SERVER_PORT, DATA_DIR)
const bots: Bot[] = []

test.beforeAll(async () => {
  rmSync(DATA_DIR, { recursive: true, force: true })
  await server.start()
})
test.afterAll(async () => {
  await Promise.all(bots.map((bot) => bot.leave()))
  await server.stop()
})

test('visitors see each other live, by instance and join code, invisible ones not, and again after a restart', async ({
  browser,
}) => {
  const origin = server.origin
  const ada = await visitor(browser, origin, '?lang=en')
  const code = (await presence(ada))?.code
  await expect.poll(async () => (await presence(ada))?.code ?? '').toMatch(/^[A-Z2-9]{5}$/)
  const joinCode = (await presence(ada))?.code ?? code ?? ''
  const ben = await visitor(browser, origin, `?lang=en&join=${joinCode}`)
  const quest = await visitor(browser, origin, `?lang=en&xr-emulate=quest3&join=${joinCode}`)
  const vr = new VRPage(quest.hall)
  await vr.enter()

  // Ben walks a few steps so the two desktop visitors stand apart.
  const start = await ben.hall.pose()
  await ben.hall.holdKeyUntil('KeyW', (pose) => Math.hypot(pose.x - start.x, pose.z - start.z) > 0.5)
  await ben.hall.settledPose()

  for (const [seer, seen] of [
    [ada, ben],
    [ada, quest],
    [ben, ada],
    [ben, quest],
    [quest, ada],
    [quest, ben],
  ] as const) {
    await expect.poll(() => sees(seer, seen), { timeout: 30_000 }).toBe(true)
  }
  // Ada draws Ben with a head and a body, the headset visitor with a head and two hands: 4 heads, 1 body.
  await expect.poll(async () => (await presence(ada))?.avatars).toMatchObject({ heads: 4, bodies: 1 })
  expect((await othersOf(ada)).find((o) => o.mode === 'vr')).toBeTruthy()
  // The map shows both others.
  await ada.page.getByRole('button', { name: 'Map' }).click()
  await expect(ada.page.locator('.map-visitor')).toHaveCount(2)
  await ada.page.screenshot({ path: 'test-results/presence-desktop.png' })
  await quest.page.screenshot({ path: 'test-results/presence-quest.png' })

  // An invisible visitor sees everyone and is seen by no one.
  const ghost = await visitor(browser, origin, `?lang=en&join=${joinCode}`, {
    storage: { 'metaverse-hall:presence': JSON.stringify({ state: { invisible: true }, version: 1 }) },
  })
  await expect.poll(async () => (await othersOf(ghost)).length, { timeout: 30_000 }).toBe(3)
  expect(await othersOf(ada)).toHaveLength(2)

  // Bots fill the instance to 24; the 25th visitor lands in a new instance, and its join code brings a friend.
  const inInstance = 4
  for (let i = inInstance; i < 24; i++) bots.push(await joinBot(origin, { code: joinCode }))
  const late = await joinBot(origin)
  bots.push(late)
  expect(late.code).not.toBe(joinCode)
  late.sendPose({ mode: 'desktop', head: [200, 160, 300], yaw: 0, pitch: 0 })
  const friend = await visitor(browser, origin, `?lang=en&join=${late.code}`)
  await expect.poll(async () => (await presence(friend))?.code).toBe(late.code)
  await expect
    .poll(async () => (await othersOf(friend)).some((o) => near(o, { x: 2, z: 3 })), { timeout: 30_000 })
    .toBe(true)
  expect(await othersOf(ada)).toHaveLength(2)
  await friend.context.close()
  await ghost.context.close()
  await Promise.all(bots.splice(0).map((bot) => bot.leave()))

  // The server restarts mid-visit: visitors keep walking, see a quiet indicator, and find each other again.
  await server.stop()
  await expect.poll(async () => (await presence(ada))?.status, { timeout: 20_000 }).toBe('offline')
  const before = await ada.hall.pose()
  await ada.hall.holdKeyUntil('KeyW', (pose) => Math.hypot(pose.x - before.x, pose.z - before.z) > 0.3)
  await expect(ada.page.getByRole('status', { name: /Connection lost/ })).toBeAttached()
  await server.start()
  for (const [seer, seen] of [
    [ada, ben],
    [ben, ada],
    [quest, ada],
  ] as const) {
    await expect.poll(() => sees(seer, seen), { timeout: 60_000 }).toBe(true)
  }

  for (const v of [ada, ben, quest]) expect(v.foreign, 'requests that left the origin').toEqual([])
  await Promise.all([ada, ben, quest].map((v) => v.context.close()))
})
