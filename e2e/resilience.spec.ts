import type { APIRequestContext } from '@playwright/test'
import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'
import type { HallPage } from './support/HallPage'
import { colourShare, differingShare, imageStats } from './support/pixels'
import { magentaSquareGlb, TEST_MODEL_SRC, withModelExhibit } from './support/testModel'

test.describe('when things go wrong', () => {
  test('an invalid exhibition document shows what is wrong, not a black screen', async ({ hall, request }) => {
    const exhibition = await publishedExhibition(request)
    const broken = structuredClone(exhibition) as unknown as {
      exhibits: { id: string; title: Record<string, string> }[]
    }
    const first = broken.exhibits[0]
    if (!first) throw new Error('no exhibits')
    delete first.title.en
    await hall.page.route('**/content/exhibition.json', (route) => route.fulfill({ json: broken }))
    await hall.open('?lang=en')
    const alert = hall.page.getByRole('alert')
    await expect(alert.getByRole('heading')).toHaveText('The exhibition content could not be loaded')
    await expect(alert).toContainText(`exhibits[0] "${first.id}".title.en`)
    await expect(hall.canvas).toHaveCount(0)
  })

  test('a document that is not JSON says so', async ({ hall }) => {
    await hall.page.route('**/content/exhibition.json', (route) =>
      route.fulfill({ body: '{"version": 1,', contentType: 'application/json' }),
    )
    await hall.open('?lang=en')
    await expect(hall.page.getByRole('alert')).toContainText('is not valid JSON')
  })

  test('without WebGL the exhibit list and texts still work', async ({ hall, request }) => {
    const exhibition = await publishedExhibition(request)
    const [first] = inTourOrder(exhibition)
    if (!first) throw new Error('no exhibits')
    await hall.page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type.startsWith('webgl')) return null
        return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest)
      } as typeof original
    })
    await hall.open('?lang=en')
    await expect(hall.page.getByRole('alert')).toContainText('WebGL is unavailable')
    await hall.exhibitLink(first.title.en).click()
    await expect(hall.panelHeading()).toHaveText(first.title.en)
    await expect(hall.panel).toContainText(first.summary.en)
  })
})

test('the loading screen shows real progress until the hall is drawn', async ({ hall }) => {
  // Hold the fonts back, so the loading state can be seen part-way.
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await hall.page.route('**/fonts/generated/*.woff', async (route) => {
    await held
    await route.continue()
  })
  await hall.open('?lang=en')
  await expect(hall.loading).toBeVisible()
  await expect.poll(async () => Number(await hall.loading.getAttribute('aria-valuenow'))).toBeGreaterThan(0)
  expect(Number(await hall.loading.getAttribute('aria-valuenow'))).toBeLessThan(100)
  release()
  await hall.waitForHall()
  await expect(hall.loading).toBeHidden()
})

test('a missing picture leaves a placeholder and the rest of the hall working', async ({ hall, request }) => {
  const exhibition = await publishedExhibition(request)
  const pictured = exhibition.exhibits.find((exhibit) => exhibit.kind === 'image')
  const picture = pictured?.media[0]
  if (!pictured || !picture) throw new Error('the exhibition has no picture')
  hall.expectedErrors.push(/Failed to load resource: the server responded with a status of 404/)
  await hall.page.route(`**/${picture.src}`, (route) => route.fulfill({ status: 404, body: 'gone' }))
  await hall.open(`?exhibit=${pictured.id}&lang=en`)
  await hall.waitForHall()
  await expect(hall.panelHeading()).toHaveText(pictured.title.en)
  // Frames are drawn on demand: the last one drawn is what is on screen, and it must show the hall.
  await expect.poll(async () => (await hall.diagnostics())?.drawCalls ?? 0).toBeGreaterThan(5)
  // The visitor can still walk away from the stand.
  const start = await hall.pose()
  await hall.holdKeyUntil('s', (pose) => Math.hypot(pose.x - start.x, pose.z - start.z) > 0.3)
})

/** Opens the hall in front of a model exhibit whose model file is served as `serve` says, and looks at it. */
async function lookAtModel(hall: HallPage, request: APIRequestContext, serve: 'model' | 'garbage' | 'missing') {
  const { document, exhibit } = withModelExhibit(await publishedExhibition(request))
  await hall.page.route('**/content/exhibition.json', (route) => route.fulfill({ json: document }))
  if (serve === 'model') {
    await hall.page.route(`**/${TEST_MODEL_SRC}`, (route) =>
      route.fulfill({ body: magentaSquareGlb(), contentType: 'model/gltf-binary' }),
    )
  } else if (serve === 'garbage') {
    await hall.page.route(`**/${TEST_MODEL_SRC}`, (route) =>
      route.fulfill({ body: Buffer.from('<html>not a model</html>'.repeat(40)), contentType: 'model/gltf-binary' }),
    )
  } else {
    // Nothing is routed: the server has no such file.
    hall.expectedErrors.push(/Failed to load resource: the server responded with a status of 404/)
  }
  const warned =
    serve === 'model'
      ? null
      : hall.page.waitForEvent('console', (message) =>
          message.text().includes(`could not be loaded: ${TEST_MODEL_SRC}`),
        )
  await hall.open(`?exhibit=${exhibit.id}&lang=en`)
  await hall.waitForHall()
  await warned
  await hall.settledPose()
  const shot = await hall.canvas.screenshot()
  return {
    exhibit,
    magenta: await colourShare(hall.page, shot, [255, 0, 255]),
    placeholder: await colourShare(hall.page, shot, PLACEHOLDER_RGB, 3),
  }
}

/** The grey of the card or block standing in for a picture or model that is not there (StandImage, StandModel). */
const PLACEHOLDER_RGB: [number, number, number] = [0xc9, 0xc6, 0xbf]

test.describe('broken media', () => {
  test('a picture file that is not an image leaves a placeholder and the rest of the hall working', async ({
    hall,
    request,
  }) => {
    const exhibition = await publishedExhibition(request)
    const pictured = exhibition.exhibits.find((exhibit) => exhibit.kind === 'image')
    const picture = pictured?.media[0]
    if (!pictured || !picture) throw new Error('the exhibition has no picture')
    const warned = hall.page.waitForEvent('console', (message) => message.text().includes(picture.src))
    await hall.page.route(`**/${picture.src}`, (route) =>
      route.fulfill({ body: Buffer.from('this is not a picture '.repeat(50)), contentType: 'image/svg+xml' }),
    )
    await hall.open(`?exhibit=${pictured.id}&lang=en`)
    await hall.waitForHall()
    await warned
    await expect(hall.panelHeading()).toHaveText(pictured.title.en)
    await expect(hall.panel).toContainText(pictured.summary.en)
    const start = await hall.settledPose()
    // The stand in front of the visitor shows the grey card where the picture would be.
    const shot = await hall.canvas.screenshot()
    expect(
      await colourShare(hall.page, shot, PLACEHOLDER_RGB, 3),
      'share of the view showing the card',
    ).toBeGreaterThan(0.02)
    await hall.holdKeyUntil('s', (pose) => Math.hypot(pose.x - start.x, pose.z - start.z) > 0.3)
  })

  test('a 3D model stands on its pedestal', async ({ hall, request }) => {
    const seen = await lookAtModel(hall, request, 'model')
    expect(seen.magenta, 'share of the view showing the model').toBeGreaterThan(0.01)
    expect(seen.placeholder, 'share of the view showing the placeholder').toBeLessThan(0.002)
  })

  for (const serve of ['missing', 'garbage'] as const) {
    test(`a ${serve === 'missing' ? 'missing model' : 'model file that is not a model'} leaves a placeholder and the hall working`, async ({
      hall,
      request,
    }) => {
      const seen = await lookAtModel(hall, request, serve)
      expect(seen.magenta).toBe(0)
      expect(seen.placeholder, 'share of the view showing the placeholder').toBeGreaterThan(0.005)
      await expect(hall.panelHeading()).toHaveText(seen.exhibit.title.en)
      const start = await hall.pose()
      await hall.holdKeyUntil('s', (pose) => Math.hypot(pose.x - start.x, pose.z - start.z) > 0.3)
    })
  }
})

test('a character the hall font lacks still asks nothing of another host', async ({ hall, request }) => {
  const exhibition = await publishedExhibition(request)
  const edited = structuredClone(exhibition)
  const first = edited.exhibits.find((exhibit) => exhibit.tour === 1)
  if (!first) throw new Error('no first stop')
  // An emoji and a dingbat: neither is in Noto Sans SC, so the 3D text looks for another font.
  first.title.en = `${first.title.en} 🎉 ✕`
  await hall.page.route('**/content/exhibition.json', (route) => route.fulfill({ json: edited }))
  await hall.open('?lang=en')
  await hall.waitForHall()
  // The fixture fails the test if any request went to another host while the hall was drawn.
  await expect(hall.exhibitLink(first.title.en)).toBeVisible()
})

test('a lost WebGL context is recovered: the hall draws again and the exhibit list still works', async ({
  hall,
  request,
}) => {
  const [, second] = inTourOrder(await publishedExhibition(request))
  if (!second) throw new Error('fewer than two exhibits')
  await hall.open('?lang=en')
  await hall.waitForHall()
  await hall.settledPose()
  const before = await hall.canvas.screenshot()
  const beforeLoss = (await hall.diagnostics())?.frames ?? 0

  // What a driver reset or a GPU process crash does to the page, through the extension made to simulate it.
  const canvas = hall.canvas
  await canvas.evaluate(async (element: HTMLCanvasElement) => {
    const context = element.getContext('webgl2')
    const control = context?.getExtension('WEBGL_lose_context')
    if (!context || !control) throw new Error('no WebGL context to lose')
    const lost = new Promise((resolve) => element.addEventListener('webglcontextlost', resolve, { once: true }))
    control.loseContext()
    await lost
    Object.assign(window, { __restoreHallContext: () => control.restoreContext() })
  })
  // While lost, the hall is gone from the screen (which is what makes the comparison below mean something).
  expect(
    await differingShare(hall.page, before, await canvas.screenshot()),
    'pixels changed by the loss',
  ).toBeGreaterThan(0.3)
  await canvas.evaluate(async (element: HTMLCanvasElement) => {
    const restored = new Promise((resolve) => element.addEventListener('webglcontextrestored', resolve, { once: true }))
    ;(window as unknown as { __restoreHallContext: () => void }).__restoreHallContext()
    await restored
  })
  await expect.poll(async () => (await hall.diagnostics())?.frames ?? 0).toBeGreaterThan(beforeLoss)
  // The same view as before the loss, text, pictures and all.
  await expect
    .poll(async () => differingShare(hall.page, before, await canvas.screenshot()), {
      message: 'pixels that differ from the frame before the loss',
    })
    .toBeLessThan(0.02)

  // The list still takes the visitor to an exhibit, and the hall draws the walk there.
  const framesBefore = (await hall.diagnostics())?.frames ?? 0
  await hall.exhibitLink(second.title.en).click()
  await expect(hall.panelHeading()).toHaveText(second.title.en)
  await expect.poll(async () => (await hall.diagnostics())?.frames ?? 0).toBeGreaterThan(framesBefore + 5)
  const after = await imageStats(hall.page, await canvas.screenshot())
  expect(after.spread, 'contrast in the frame drawn after the walk').toBeGreaterThan(10)
})
