import { STAND_FACES } from '../src/world/standLayout'
import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'
import { inkSpan, standAreaOnScreen } from './support/standArea'

/** Marks that troika used to collapse to no width, when the font kept its optional half-width features. */
const MARKS = /[：。；！？]/u
/** Characters set a full em wide: ideographs and full-width punctuation. */
const FULL_WIDTH = /^[\p{Script=Han}\u3000-\u303f\uff01-\uff60]+$/u

test('a Chinese stand title with full-width marks is set a full em per character, marks included', async ({
  hall,
  request,
}) => {
  const exhibit = inTourOrder(await publishedExhibition(request)).find(
    (one) => MARKS.test(one.title.zh) && FULL_WIDTH.test(one.title.zh),
  )
  if (!exhibit) throw new Error('no stand title in Chinese holds a full-width mark among full-width characters only')
  const characters = [...exhibit.title.zh].length
  const face = STAND_FACES[exhibit.kind]
  // A shared link to the exhibit: the visitor starts in front of its stand, with no walk across the hall first.
  await hall.open(`?lang=zh&exhibit=${exhibit.id}`)
  await hall.waitForHall()
  await expect(hall.panelHeading()).toHaveText(exhibit.title.zh)
  const pose = await hall.settledPose()
  const box = await hall.canvas.boundingBox()
  if (!box) throw new Error('the hall has no canvas on screen')
  const aspect = box.width / box.height
  // The title's first line: set from titleTop down, one em of ink inside a 1.2 em line.
  const em = face.titleSize
  const band = { centerY: face.titleTop - 0.6 * em, width: face.textWidth, height: 1.2 * em }
  const area = standAreaOnScreen(exhibit, band, pose, aspect)
  const emBox = standAreaOnScreen(exhibit, { ...band, width: em }, pose, aspect)
  const emShare = emBox.right - emBox.left
  // Glyphs are drawn once their signed distance fields are ready: poll until the title is there and stops changing.
  await expect
    .poll(
      async () => {
        const span = await inkSpan(hall.page, await hall.canvas.screenshot(), area)
        return span ? Number(((span.right - span.left) / emShare).toFixed(2)) : 0
      },
      { message: `ink width of "${exhibit.title.zh}" in em`, timeout: 30_000 },
    )
    // A collapsed mark takes an em off the line (and hides under its neighbour); side bearings take a little.
    .toBeGreaterThan(characters - 0.5)
  const span = await inkSpan(hall.page, await hall.canvas.screenshot(), area)
  expect(span ? (span.right - span.left) / emShare : 0).toBeLessThan(characters + 0.25)
})
