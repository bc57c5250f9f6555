import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'
import { boardFace, VRPage } from './support/VRPage'

// A small window: the emulated headset renders both eyes into the page canvas, in software.
test.use({ viewport: { width: 800, height: 500 } })

test.describe('comfort and feedback in a headset', () => {
  test.describe.configure({ timeout: 240_000 })

  test('pointing at a stand highlights it with a haptic tick; gliding narrows the view; seated raises it', async ({
    hall,
    request,
  }) => {
    const [first] = inTourOrder(await publishedExhibition(request))
    if (!first) throw new Error('no exhibits')
    const vr = new VRPage(hall)
    await vr.open()
    await vr.enter()

    // Both hands pointing at the floor near the feet mark nothing.
    const floor = async () => {
      const { origin } = await vr.xr()
      await vr.aimAt('left', [origin.x - 0.3, 0, origin.z])
      await vr.aimAt('right', [origin.x + 0.3, 0, origin.z])
      await expect.poll(async () => (await vr.xr()).hovered).toEqual({ button: null, exhibit: null })
    }
    await floor()
    // Moving the ray onto a stand marks it, and the controller's motor gives one short pulse.
    const pulsesBefore = (await vr.xr()).hapticPulses
    await vr.aimAt('right', boardFace(first))
    await expect.poll(async () => (await vr.xr()).hovered.exhibit).toBe(first.id)
    await expect.poll(async () => (await vr.xr()).hapticPulses).toBe(pulsesBefore + 1)
    await floor()

    // Seated: the play area rises so the eyes are at standing height; the choice is remembered.
    expect((await vr.xr()).origin.y).toBe(0)
    await vr.openMenu()
    await vr.pressButton('seated')
    await expect.poll(async () => (await vr.xr()).origin.y).toBeGreaterThan(0.3)
    const saved = await hall.page.evaluate(() => localStorage.getItem('metaverse-hall:vr-comfort'))
    expect(JSON.parse(saved ?? '{}').state).toMatchObject({ seated: true })
    await vr.pressButton('seated')
    await expect.poll(async () => (await vr.xr()).origin.y).toBe(0)
    await vr.pressButton('menu-close')
    await expect.poll(async () => (await vr.xr()).menuOpen).toBe(false)

    // Teleport is the default: the left stick does not glide, so no vignette.
    await vr.stick('left', 0, -1)
    await vr.frames(6)
    expect((await vr.xr()).vignette).toBe(0)
    await vr.stick('left', 0, 0)

    // Once stick walking is chosen, gliding darkens the edges of the view, and it clears when the visitor stops.
    await vr.openMenu()
    await vr.pressButton('move-stick')
    await vr.pressButton('menu-close')
    await expect.poll(async () => (await vr.xr()).menuOpen).toBe(false)
    await vr.stick('left', 0, -1)
    await expect.poll(async () => (await vr.xr()).vignette).toBeGreaterThan(0.2)
    await vr.stick('left', 0, 0)
    await expect.poll(async () => (await vr.xr()).vignette).toBe(0)

    // With the vignette turned off, gliding leaves the view alone.
    await vr.openMenu()
    await vr.pressButton('vignette')
    await vr.pressButton('menu-close')
    await vr.stick('left', 0, -1)
    await vr.frames(10)
    expect((await vr.xr()).vignette).toBe(0)
    await vr.stick('left', 0, 0)
  })
})
