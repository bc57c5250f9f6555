import { expect, test } from './support/fixtures'

/** 450 KB of gzip JavaScript before the first frame (decimal kilobytes, as the budget is stated). */
const JS_BUDGET_BYTES = 450_000

// As production visitors have it: the service worker registers (after the first frame) and stores the exhibition.
test.use({ serviceWorkers: 'allow' })

test('a first visit fetches only the visitor code, within budget, and an idle hall draws nothing', async ({ hall }) => {
  const scripts: Promise<{ url: string; bytes: number }>[] = []
  let beforeFirstFrame = true
  hall.page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script' || !beforeFirstFrame) return
    scripts.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })))
  })
  await hall.open()
  await hall.waitForHall()
  beforeFirstFrame = false
  const fetched = await Promise.all(scripts)
  const total = fetched.reduce((sum, script) => sum + script.bytes, 0)
  expect(total, `gzip JavaScript before the first frame: ${fetched.map((s) => s.url).join(', ')}`).toBeLessThanOrEqual(
    JS_BUDGET_BYTES,
  )
  expect(total).toBeGreaterThan(100_000)
  // Code for curators, the XR emulator or development has no business in a visitor's download.
  for (const { url } of fetched) expect(url).not.toMatch(/studio|iwer|emulat|devui|sem-|vite\/client/i)

  const frames = (await hall.diagnostics())?.frames ?? 0
  await hall.page.waitForTimeout(2000)
  expect((await hall.diagnostics())?.frames, 'frames drawn while the visitor stood still').toBe(frames)
})
