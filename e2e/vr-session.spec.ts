import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'
import { boardFace, VRPage } from './support/VRPage'

// A small window: the emulated headset renders both eyes into the page canvas, in software.
test.use({ viewport: { width: 800, height: 500 } })

test.describe('a headset visitor leaving and coming back', () => {
  // Each step waits on XR frames, which software rendering of both eyes makes slow: allow for it.
  test.describe.configure({ timeout: 240_000 })

  test('a session that ends without the menu returns to the desktop where the visitor stood, and VR opens again', async ({
    hall,
    request,
  }) => {
    const [first] = inTourOrder(await publishedExhibition(request))
    if (!first) throw new Error('no exhibits')
    const vr = new VRPage(hall)
    await vr.open()
    await vr.enter()

    // Mid-visit: teleported away from where VR began, a text open, a teleport being aimed, the menu open.
    const entered = await hall.pose()
    await vr.aimAt('right', [entered.x - 1, 0, entered.z - 1.5])
    await vr.stick('right', 0, -1)
    await expect.poll(async () => (await vr.xr()).teleport).toEqual({ aiming: true, valid: true })
    await vr.stick('right', 0, 0)
    await expect.poll(async () => (await vr.xr()).teleport.aiming).toBe(false)
    await vr.frames(3)
    await vr.aimAt('right', boardFace(first))
    await vr.press('right', 'trigger')
    await expect.poll(async () => (await vr.xr()).panel?.exhibitId).toBe(first.id)
    await vr.openMenu()
    await vr.stick('right', 0, -1)
    await expect.poll(async () => (await vr.xr()).teleport.aiming).toBe(true)
    const stood = await hall.pose()

    // The headset ends the session (taken off, the system button): nothing in the page asked for it.
    await hall.page.evaluate(() => window.__xrDevice?.remote.dispatch('end_session'))
    await expect.poll(async () => (await vr.xr()).presenting).toBe(false)
    await vr.stick('right', 0, 0)
    await expect(vr.enterButton()).toBeVisible()
    const back = await hall.settledPose()
    expect(back.x).toBeCloseTo(stood.x, 2)
    expect(back.z).toBeCloseTo(stood.z, 2)
    expect(back.yaw).toBeCloseTo(stood.yaw, 2)
    const left = await vr.xr()
    expect(left.menuOpen).toBe(false)
    expect(left.teleport.aiming).toBe(false)
    // The text they were reading stays open beside the hall.
    await expect(hall.panelHeading()).toHaveText(first.title.en)

    // The desktop view is live: the visitor walks on.
    await hall.holdKeyUntil('w', (pose) => Math.hypot(pose.x - back.x, pose.z - back.z) > 0.3)
    const walked = await hall.settledPose()

    // VR opens again where they now stand, with nothing left over from the session before.
    await vr.enter()
    await expect(vr.enterButton()).toBeHidden()
    const again = await hall.pose()
    expect(again.x).toBeCloseTo(walked.x, 2)
    expect(again.z).toBeCloseTo(walked.z, 2)
    const fresh = await vr.xr()
    expect(fresh.menuOpen).toBe(false)
    expect(fresh.teleport.aiming).toBe(false)
    // The new session works: the menu opens on the left controller.
    await vr.openMenu()

    // This time the page itself ends the session (as another script on it might): the same clean return.
    await hall.page.evaluate(() => window.__xrDevice?.activeSession?.end())
    await expect.poll(async () => (await vr.xr()).presenting).toBe(false)
    await expect(vr.enterButton()).toBeVisible()
    const last = await hall.settledPose()
    expect(last.x).toBeCloseTo(again.x, 1)
    expect(last.z).toBeCloseTo(again.z, 1)
  })

  test('five visits to VR and back leave no geometry or texture behind', async ({ hall }) => {
    const vr = new VRPage(hall)
    await vr.open()
    // Counts are taken after desktop frames drawn once the session is over. A drag there and back draws a few and
    // returns to exactly the same view: a key turn would not, and a stand seen for the first time is uploaded to the
    // GPU (one more geometry) without anything leaking.
    const counts = async () => {
      await hall.settledPose()
      const box = await hall.canvas.boundingBox()
      if (!box) throw new Error('no canvas')
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
      await hall.page.mouse.move(x, y)
      await hall.page.mouse.down()
      await hall.page.mouse.move(x + 60, y, { steps: 4 })
      await hall.page.mouse.move(x, y, { steps: 4 })
      await hall.page.mouse.up()
      await hall.settledPose()
      const report = await hall.diagnostics()
      return { geometries: report?.geometries, textures: report?.textures }
    }
    const visit = async () => {
      await vr.enter()
      await vr.openMenu()
      await vr.exit()
    }
    // The first visits load the controller models (asynchronously, so one visit may leave before they arrive) and
    // the menu's glyphs, which stay cached for later visits: the baseline follows two of them.
    await visit()
    await visit()
    const baseline = await counts()
    for (let again = 0; again < 5; again++) await visit()
    expect(await counts()).toEqual(baseline)
  })
})
