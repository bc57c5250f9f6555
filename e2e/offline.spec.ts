import { rmSync } from 'node:fs'
import type { Exhibition } from '../src/content/schema'
import { CuratorApi } from './support/curatorApi'
import { expect, test } from './support/fixtures'
import { HallServer } from './support/hallServer'
import { imageStats } from './support/pixels'
import { E2E_ADMIN, STATIC_PORT } from './support/testServers'

// A server of this spec's own, three ports up, so it can really go away and come back with the same data.
const server = new HallServer(STATIC_PORT + 1, `.e2e-data/${STATIC_PORT + 1}`, {
  ADMIN_EMAIL: E2E_ADMIN.email,
  ADMIN_PASSWORD: E2E_ADMIN.password,
})

test.use({ baseURL: server.origin, serviceWorkers: 'allow' })
test.describe.configure({ timeout: 240_000 })

test.beforeEach(async () => {
  rmSync(server.dataDir, { recursive: true, force: true })
  await server.start()
})

test.afterEach(() => server.stop())

test('after one visit the hall works with the server away, and shows a new publish once it is back', async ({
  hall,
}) => {
  const exhibition = (await (await fetch(`${server.origin}/content/exhibition.json`)).json()) as Exhibition
  const pictured = exhibition.exhibits.find((exhibit) => exhibit.kind === 'image')
  const picture = pictured?.media.find((media) => media.kind === 'image')
  if (!pictured || !picture) throw new Error('the exhibition has no picture')

  // One visit, online; the hall stores what it needs once it is on screen.
  await hall.open('?lang=en')
  await hall.waitForHall()
  await expect.poll(async () => (await hall.diagnostics())?.offline, { timeout: 60_000 }).toBe('ready')
  // Stored: the hall's code and the usual headsets' controllers; never the studio's code or the headset emulator.
  const stored = await hall.page.evaluate(async () => {
    const urls: string[] = []
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname)
    }
    return urls
  })
  expect(stored).toContain('/index.html')
  expect(stored).toContain(`/${picture.src}`)
  expect(stored).toContain('/xr-profiles/meta-quest-touch-plus/left.glb')
  expect(stored.filter((path) => /studio|emulat|iwer|\/api\//i.test(path))).toEqual([])

  // The server goes away: nothing answers on its port any more. The visit goes on alone and quietly tries to rejoin
  // the others; the browser logs each refused try (and nothing else may fail).
  hall.expectedErrors.push(
    /Failed to load resource: net::ERR_CONNECTION_REFUSED \(http:\/\/[^/]+\/api\/(session|presence\/join)\)/,
    /WebSocket connection to 'ws:\/\/[^/]+\/presence\/[^']*' failed/,
  )
  await server.stop()
  expect(await fetch(`${server.origin}/`).catch(() => null)).toBeNull()
  await hall.page.reload()
  await hall.waitForHall()
  const frame = await imageStats(hall.page, await hall.canvas.screenshot())
  expect(frame.colors, 'distinct colours in the hall drawn offline').toBeGreaterThan(20)

  // An exhibit opens with its text and its picture.
  await hall.exhibitLink(pictured.title.en).click()
  await expect(hall.panelHeading()).toHaveText(pictured.title.en)
  await expect(hall.panel).toContainText(pictured.summary.en)
  const image = hall.panel.getByRole('img', { name: picture.alt.en })
  await expect(image).toBeVisible()
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0)

  // A headset joining now still finds its controller models.
  const controller = await hall.page.evaluate(() =>
    fetch('xr-profiles/meta-quest-touch-plus/left.glb').then((response) => response.status),
  )
  expect(controller).toBe(200)

  // The studio and its API are never answered from the stored copy (asked from a second tab, so the visitor's tab
  // shows that nothing it needed failed).
  const studio = await hall.page.context().newPage()
  await expect(studio.goto('/studio/')).rejects.toThrow()
  await studio.close()
  const second = await hall.page.context().newPage()
  await second.goto('/?lang=en')
  const api = await second.evaluate(() =>
    fetch('api/session').then(
      () => 'answered',
      () => 'failed',
    ),
  )
  expect(api).toBe('failed')
  await second.close()

  // The server comes back and a curator publishes a new title: the next visit shows it.
  await server.start()
  const curator = await CuratorApi.signIn(server.origin)
  const newTitle = `${pictured.title.en} (republished)`
  await curator.publish((document) => {
    const exhibit = document.exhibits.find((candidate) => candidate.id === pictured.id)
    if (exhibit) exhibit.title.en = newTitle
  })
  await curator.dispose()
  await hall.page.reload()
  await hall.waitForHall()
  await expect(hall.exhibitLink(newTitle)).toBeVisible()
  const back = await hall.page.context().newPage()
  const answer = await back.goto('/studio/')
  expect(answer?.fromServiceWorker(), 'the studio page came from the service worker').toBe(false)
  await back.close()
})
