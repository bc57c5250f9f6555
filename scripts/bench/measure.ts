import type { Browser, Page } from '@playwright/test'
import { largestTexture, watchTextureSizes } from '../../e2e/support/textureWatch'
import type { HallDiagnostics } from '../../src/diagnostics/diagnostics'

/** What the renderer reported for one view. */
export interface RenderCounts {
  drawCalls: number
  triangles: number
  programs: number
  textures: number
  geometries: number
  textMeshes: number
}

export interface FirstVisit {
  firstFrameMs: number
  jsGzipBytes: number
  allGzipBytes: number
  jsFiles: string[]
  idleFrames: number
  counts: RenderCounts
}

const WAIT = 180_000

const countsOf = (report: HallDiagnostics | null): RenderCounts => ({
  drawCalls: report?.drawCalls ?? 0,
  triangles: report?.triangles ?? 0,
  programs: report?.programs ?? 0,
  textures: report?.textures ?? 0,
  geometries: report?.geometries ?? 0,
  textMeshes: report?.textMeshes ?? 0,
})

const diagnostics = (page: Page) =>
  page.evaluate(() => (window.__hallDiagnostics ? structuredClone(window.__hallDiagnostics) : null))

/** A fresh context each time: an empty cache, as for a first visit. */
async function freshPage(browser: Browser, viewport = { width: 1280, height: 720 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'en-US' })
  const page = await context.newPage()
  await watchTextureSizes(page)
  return page
}

async function waitForHall(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__hallDiagnostics?.firstFrameMs != null, null, { timeout: WAIT })
}

/** Waits until the visitor stands still and whatever loads on arrival (near pictures) has drawn. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__hallDiagnostics?.moving === false, null, { timeout: WAIT })
  await page.waitForTimeout(1000)
}

/**
 * One first visit at the entrance: what was fetched before the first complete frame (gzip bytes as sent), how long
 * it took, and, when `idleMs` is given, how many frames an idle visitor then costs.
 */
export async function firstVisit(browser: Browser, url: string, idleMs = 0): Promise<FirstVisit> {
  const page = await freshPage(browser)
  const bodies: Promise<{ url: string; type: string; bytes: number; before: boolean }>[] = []
  let before = true
  page.on('requestfinished', (request) => {
    const atFrame = before
    bodies.push(
      request.sizes().then((sizes) => ({
        url: request.url(),
        type: request.resourceType(),
        bytes: sizes.responseBodySize,
        before: atFrame,
      })),
    )
  })
  await page.goto(url)
  await waitForHall(page)
  before = false
  const atFirst = await diagnostics(page)
  let idleFrames = 0
  if (idleMs > 0) {
    await page.waitForTimeout(idleMs)
    idleFrames = ((await diagnostics(page))?.frames ?? 0) - (atFirst?.frames ?? 0)
  }
  const fetched = (await Promise.all(bodies)).filter((body) => body.before)
  const scripts = fetched.filter((body) => body.type === 'script')
  await page.context().close()
  return {
    firstFrameMs: atFirst?.firstFrameMs ?? Number.NaN,
    jsGzipBytes: scripts.reduce((sum, body) => sum + body.bytes, 0),
    allGzipBytes: fetched.reduce((sum, body) => sum + body.bytes, 0),
    jsFiles: scripts.map((body) => new URL(body.url).pathname),
    idleFrames,
    counts: countsOf(atFirst),
  }
}

export interface Tour {
  /** Counts at the entrance and in front of each listed stand, by viewpoint name. */
  viewpoints: Record<string, RenderCounts>
  /** Live JavaScript heap after the tour and a garbage collection, bytes. */
  heapBytes: number
  largestTexture: number
}

/** A desktop visitor jumps from the entrance to each stand by the exhibit list, as a keyboard user would. */
export async function desktopTour(browser: Browser, url: string, stops: { name: string; title: string }[]) {
  const page = await freshPage(browser)
  await page.goto(url)
  await waitForHall(page)
  await settle(page)
  const viewpoints: Record<string, RenderCounts> = { entrance: countsOf(await diagnostics(page)) }
  for (const stop of stops) {
    await page.getByRole('navigation').getByRole('link', { name: stop.title, exact: true }).press('Enter')
    await page
      .waitForFunction(() => window.__hallDiagnostics?.moving === true, null, { timeout: 10_000 })
      .catch(() => {})
    await settle(page)
    const report = await diagnostics(page)
    if (process.env.BENCH_DEBUG) console.log(stop.name, JSON.stringify(report?.pose), report?.drawCalls)
    viewpoints[stop.name] = countsOf(report)
  }
  const heapBytes = await page.evaluate(() => {
    ;(window as Window & { gc?: () => void }).gc?.()
    return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0
  })
  const result: Tour = { viewpoints, heapBytes, largestTexture: await largestTexture(page) }
  await page.context().close()
  return result
}

/**
 * A headset visitor (IWER emulating a Meta Quest 3) entering VR at a viewpoint given as a deep link (or the
 * entrance): both eyes' counts once a few XR frames have drawn. The desktop panel the link opens is closed first.
 */
export async function vrView(browser: Browser, url: string): Promise<RenderCounts> {
  const page = await freshPage(browser, { width: 800, height: 500 })
  await page.goto(url)
  await waitForHall(page)
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Enter VR' }).click()
  await page.waitForFunction(() => window.__hallDiagnostics?.xr.presenting === true, null, { timeout: WAIT })
  const start = (await diagnostics(page))?.frames ?? 0
  await page.waitForFunction((from) => (window.__hallDiagnostics?.frames ?? 0) >= from + 10, start, { timeout: WAIT })
  await page.waitForTimeout(1000)
  const counts = countsOf(await diagnostics(page))
  await page.context().close()
  return counts
}
