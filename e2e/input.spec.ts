import { expect, test } from './support/fixtures'

test.describe('pointer and touch', () => {
  test('mouse look locks the pointer, turns with the mouse, and Esc releases it', async ({ hall }) => {
    await hall.open('?lang=en')
    await hall.waitForHall()
    await hall.page.getByRole('button', { name: 'Mouse look' }).click()
    await expect(hall.page.getByText('Press Esc to release the mouse')).toBeVisible()
    expect(await hall.page.evaluate(() => document.pointerLockElement?.tagName)).toBe('CANVAS')
    const before = await hall.pose()
    await hall.page.mouse.move(640, 360)
    await hall.page.mouse.move(540, 360, { steps: 5 })
    await expect.poll(async () => (await hall.pose()).yaw).toBeGreaterThan(before.yaw + 0.2)
    await hall.page.keyboard.press('Escape')
    await expect(hall.page.getByRole('button', { name: 'Mouse look' })).toBeVisible()
    expect(await hall.page.evaluate(() => document.pointerLockElement)).toBeNull()
  })

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 900, height: 700 } })

    test('holding the forward button walks, and tapping a stand opens it', async ({ hall }) => {
      await hall.open('?lang=en')
      await hall.waitForHall()
      const forward = hall.page.getByRole('button', { name: 'Walk forward' })
      await expect(forward).toBeVisible()
      const start = await hall.pose()
      await forward.dispatchEvent('pointerdown', { pointerId: 7, pointerType: 'touch', isPrimary: true })
      await expect.poll(async () => (await hall.pose()).z, { timeout: 30_000 }).toBeLessThan(start.z - 0.4)
      await forward.dispatchEvent('pointerup', { pointerId: 7, pointerType: 'touch', isPrimary: true })
      await hall.settledPose()

      const box = await hall.canvas.boundingBox()
      if (!box) throw new Error('no canvas')
      await hall.page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
      await expect(hall.panelHeading()).toBeVisible()
    })
  })
})
