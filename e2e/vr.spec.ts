import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'
import { boardFace, VRPage } from './support/VRPage'

// A small window: the emulated headset renders both eyes into the page canvas, in software.
test.use({ viewport: { width: 800, height: 500 } })

test.describe('a headset visitor', () => {
  // Each step waits on XR frames, which software rendering of both eyes makes slow: allow for it.
  test.describe.configure({ timeout: 240_000 })

  test('enters VR where they stood, teleports onto the floor but not into a wall, and leaves where they are', async ({
    hall,
    request,
  }) => {
    const exhibition = await publishedExhibition(request)
    const vr = new VRPage(hall)
    await vr.open()
    const desktop = await hall.pose()
    await vr.enter()
    await expect(vr.enterButton()).toBeHidden()

    // Standing at the entrance, facing the way the desktop view faced, at standing eye height on a floor space.
    const arrived = await hall.pose()
    expect(arrived.x).toBeCloseTo(desktop.x, 2)
    expect(arrived.z).toBeCloseTo(desktop.z, 2)
    expect(arrived.yaw).toBeCloseTo(desktop.yaw, 2)
    expect((await vr.xr()).origin.y).toBe(0)

    // Teleport two metres ahead and one to the left.
    const target = { x: desktop.x - 1, z: desktop.z - 2 }
    await vr.aimAt('right', [target.x, 0, target.z])
    await vr.stick('right', 0, -1)
    await expect.poll(async () => (await vr.xr()).teleport).toEqual({ aiming: true, valid: true })
    await vr.stick('right', 0, 0)
    await expect.poll(async () => (await vr.xr()).teleport.aiming).toBe(false)
    await vr.frames(3)
    const landed = await hall.pose()
    expect(landed.x).toBeCloseTo(target.x, 1)
    expect(landed.z).toBeCloseTo(target.z, 1)

    // Aimed at the hall's back wall, at eye height: refused, the visitor stays.
    const wallZ = exhibition.hall.depth / 2
    await vr.aimAt('right', [landed.x, 1.2, wallZ])
    await vr.stick('right', 0, -1)
    await expect.poll(async () => (await vr.xr()).teleport).toEqual({ aiming: true, valid: false })
    await vr.stick('right', 0, 0)
    await expect.poll(async () => (await vr.xr()).teleport.aiming).toBe(false)
    await vr.frames(3)
    const stayed = await hall.pose()
    expect(stayed.x).toBeCloseTo(landed.x, 3)
    expect(stayed.z).toBeCloseTo(landed.z, 3)

    // Leaving from the menu: the desktop view takes over where the visitor stood.
    await vr.exit()
    await expect(vr.enterButton()).toBeVisible()
    const back = await hall.settledPose()
    expect(back.x).toBeCloseTo(stayed.x, 3)
    expect(back.z).toBeCloseTo(stayed.z, 3)
    expect(back.yaw).toBeCloseTo(stayed.yaw, 3)
  })

  test('reads an exhibit with the trigger and with a pinch, pages through it and closes it', async ({
    hall,
    request,
  }) => {
    const [first] = inTourOrder(await publishedExhibition(request))
    if (!first) throw new Error('no exhibits')
    const vr = new VRPage(hall)
    await vr.open()
    await vr.enter()

    await vr.aimAt('right', boardFace(first))
    await vr.press('right', 'trigger')
    await expect.poll(async () => (await vr.xr()).panel?.exhibitId).toBe(first.id)
    const panel = (await vr.xr()).panel
    expect(panel?.title).toBe(first.title.en)
    expect(panel?.text).toContain(first.summary.en)
    expect(panel?.page).toBe(1)
    // Both eyes, the hall, the controllers and the open panel: within the headset budget.
    expect((await hall.diagnostics())?.drawCalls).toBeLessThanOrEqual(200)

    // Long texts are paged; read to the end, the pages hold the body and the source quoted.
    const pages = panel?.pages ?? 1
    expect(pages).toBeGreaterThan(1)
    let read = panel?.text ?? ''
    for (let page = 2; page <= pages; page++) {
      await vr.pressButton('panel-next')
      await expect.poll(async () => (await vr.xr()).panel?.page).toBe(page)
      read += (await vr.xr()).panel?.text ?? ''
    }
    expect(read).toContain(first.body.en.split('\n\n').at(-1) ?? '')
    expect(read).toContain(first.citation?.quote.slice(0, 40) ?? 'the first stop cites a source')
    await vr.pressButton('panel-close')
    await expect.poll(async () => (await vr.xr()).panel).toBeNull()

    // With tracked hands: point and pinch.
    await vr.useHands(true)
    await vr.aimAt('right', boardFace(first))
    await vr.pinch('right')
    await expect.poll(async () => (await vr.xr()).panel?.title).toBe(first.title.en)
  })

  test('snap turns by the chosen angle, walks with the stick once chosen, and switches language from the menu', async ({
    hall,
  }) => {
    const vr = new VRPage(hall)
    await vr.open()
    await vr.enter()
    const turn = async () => {
      const before = await hall.pose()
      await vr.stick('right', 1, 0)
      await vr.frames(4)
      await vr.stick('right', 0, 0)
      await vr.frames(4)
      const after = await hall.pose()
      return { before, after, turned: Math.atan2(Math.sin(after.yaw - before.yaw), Math.cos(after.yaw - before.yaw)) }
    }
    // Snap turning by default, 45° to the right, about the head: the visitor stays where they are.
    const first = await turn()
    expect(first.turned).toBeCloseTo(-Math.PI / 4, 2)
    expect(first.after.x).toBeCloseTo(first.before.x, 2)
    expect(first.after.z).toBeCloseTo(first.before.z, 2)

    await vr.openMenu()
    await vr.pressButton('snap-angle')
    await vr.pressButton('move-stick')
    await vr.pressButton('language-zh')
    await expect(hall.page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    await vr.pressButton('menu-close')
    await expect.poll(async () => (await vr.xr()).menuOpen).toBe(false)

    const second = await turn()
    expect(second.turned).toBeCloseTo(-Math.PI / 3, 2)

    // The left stick walks forward, the way the visitor faces.
    const start = await hall.pose()
    await vr.stick('left', 0, -1)
    await expect
      .poll(async () => {
        const pose = await hall.pose()
        return Math.hypot(pose.x - start.x, pose.z - start.z)
      })
      .toBeGreaterThan(0.5)
    await vr.stick('left', 0, 0)
    const walked = await hall.pose()
    const heading = Math.atan2(-(walked.x - start.x), -(walked.z - start.z))
    expect(Math.abs(Math.atan2(Math.sin(heading - start.yaw), Math.cos(heading - start.yaw)))).toBeLessThan(0.1)

    // The choices outlive the visit.
    const saved = await hall.page.evaluate(() => localStorage.getItem('metaverse-hall:vr-comfort'))
    expect(JSON.parse(saved ?? '{}').state).toMatchObject({ snapDegrees: 60, smoothMove: true })
  })
})
