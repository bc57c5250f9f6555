import type { Exhibit } from '../src/content/schema'
import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'
import { pictureColours, pictureMatch } from './support/pictures'
import { colourShare } from './support/pixels'
import { pictureOnScreen } from './support/standArea'
import { VRPage } from './support/VRPage'

/** The picture an image stand shows on its face. */
function pictureOf(exhibit: Exhibit): string {
  const image = exhibit.media.find((media) => media.kind === 'image')
  if (!image) throw new Error(`${exhibit.id} has no picture`)
  return image.src
}

test.describe('pictures on their stands', () => {
  test.describe.configure({ timeout: 240_000 })

  test('in front of each image stand, the picture area shows the picture as the panel does', async ({
    hall,
    request,
  }) => {
    const pictured = inTourOrder(await publishedExhibition(request)).filter(
      (exhibit) => exhibit.kind === 'image' && exhibit.media.some((media) => media.kind === 'image'),
    )
    expect(pictured.length, 'image stands in the exhibition').toBeGreaterThan(0)
    await hall.open('?lang=en')
    await hall.waitForHall()
    for (const [index, exhibit] of pictured.entries()) {
      await hall.exhibitLink(exhibit.title.en).press('Enter')
      await expect(hall.panelHeading()).toHaveText(exhibit.title.en)
      // Captions are DOM over the canvas; hidden once (the choice is remembered) so they cover no picture.
      if (index === 0) await hall.page.getByRole('button', { name: 'Hide captions' }).click()
      const pose = await hall.settledPose()
      const box = await hall.canvas.boundingBox()
      if (!box) throw new Error('the hall has no canvas on screen')
      const rect = pictureOnScreen(exhibit, pose, box.width / box.height)
      // The picture loads after the visitor arrives: poll until it is drawn (a black or grey card never matches).
      await expect
        .poll(async () => pictureMatch(hall.page, await hall.canvas.screenshot(), rect, pictureOf(exhibit)), {
          message: `${exhibit.id}: share of the picture area matching ${pictureOf(exhibit)}`,
          timeout: 30_000,
        })
        .toBeGreaterThan(0.85)
    }
  })

  test('in a headset, an image stand in front of the visitor shows the picture’s own colours', async ({
    hall,
    request,
  }) => {
    const exhibit = inTourOrder(await publishedExhibition(request)).find((one) => one.kind === 'image')
    if (!exhibit) throw new Error('no image stand')
    const vr = new VRPage(hall)
    await vr.open(`&exhibit=${exhibit.id}`)
    await vr.enter()
    // The exhibit's panel opens in front of its stand: closed, the stand is what the visitor faces.
    await vr.pressButton('panel-close')
    await expect.poll(async () => (await vr.xr()).panel).toBeNull()
    // In a session IWER moves the page's canvas into its own view; it stays the only canvas on the page.
    const view = hall.page.locator('canvas')
    const colours = await pictureColours(hall.page, pictureOf(exhibit))
    expect(colours.length, 'colours that make up the picture').toBeGreaterThanOrEqual(2)
    for (const { rgb, share } of colours) {
      // Unlit and not tone-mapped, the picture's colours reach the screen as they are in the file. The picture fills
      // about 6% of this view (two eyes): each of its main colours covers at least a third of its share there.
      await expect
        .poll(async () => colourShare(hall.page, await view.screenshot(), rgb, 10), {
          message: `${exhibit.id}: share of the headset view in rgb(${rgb.join(', ')}), ${share} of the picture`,
          timeout: 30_000,
        })
        .toBeGreaterThan(share * 0.02)
    }
  })
})
