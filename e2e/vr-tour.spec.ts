import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'
import { VRPage } from './support/VRPage'

test.use({ viewport: { width: 800, height: 500 } })

test.describe('the guided tour in VR', () => {
  test.describe.configure({ timeout: 240_000 })

  test('starts from the menu, steps on through a fade from the panel, and cuts instead with reduced motion', async ({
    hall,
    request,
  }) => {
    const stops = inTourOrder(await publishedExhibition(request))
    const [first, second, third] = stops
    if (!first || !second || !third) throw new Error('too few stops')
    const distanceTo = async (exhibit: typeof first) => {
      const pose = await hall.pose()
      return Math.hypot(pose.x - exhibit.position[0], pose.z - exhibit.position[1])
    }
    const vr = new VRPage(hall)
    await vr.open()
    await vr.enter()

    await vr.openMenu()
    await vr.pressButton('tour-start')
    await expect.poll(async () => (await vr.xr()).menuOpen).toBe(false)
    await expect.poll(async () => (await vr.xr()).panel?.exhibitId).toBe(first.id)
    expect((await vr.xr()).lastJump).toBe('fade')

    // Next stop, from the row above the panel: the visitor is taken to the second stand, its text open.
    await vr.pressButton('panel-tour-next')
    await expect.poll(async () => (await vr.xr()).panel?.exhibitId).toBe(second.id)
    expect((await vr.xr()).lastJump).toBe('fade')
    expect(await distanceTo(second)).toBeLessThan(3.2)

    // With reduced motion chosen in the menu, the next step is a cut; the menu shows where the tour is.
    await vr.openMenu()
    await vr.pressButton('reduce-motion')
    await vr.pressButton('tour-next')
    await expect.poll(async () => (await vr.xr()).panel?.exhibitId).toBe(third.id)
    expect((await vr.xr()).lastJump).toBe('cut')
    expect(await distanceTo(third)).toBeLessThan(3.2)

    await vr.pressButton('panel-tour-previous')
    await expect.poll(async () => (await vr.xr()).panel?.exhibitId).toBe(second.id)
    expect(await distanceTo(second)).toBeLessThan(3.2)
  })
})
