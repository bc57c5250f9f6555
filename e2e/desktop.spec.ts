import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'
import { imageStats } from './support/pixels'

test.describe('a desktop visitor', () => {
  test('sees a lit, furnished hall drawn within the draw-call budget', async ({ hall }) => {
    await hall.open()
    await hall.waitForHall()
    const stats = await imageStats(hall.page, await hall.canvas.screenshot())
    expect(stats.colors, 'distinct colours in the first frame').toBeGreaterThan(60)
    expect(stats.spread, 'contrast in the first frame').toBeGreaterThan(12)
    const report = await hall.diagnostics()
    expect(report?.drawCalls).toBeGreaterThan(10)
    expect(report?.drawCalls).toBeLessThanOrEqual(100)
    expect(report?.triangles).toBeGreaterThan(1000)
  })

  test('walks with the keys, and walls and stands stop them', async ({ hall, request }) => {
    const exhibition = await publishedExhibition(request)
    await hall.open()
    await hall.waitForHall()
    const start = await hall.pose()
    expect(start.x).toBeCloseTo(exhibition.hall.entrance.position[0], 3)
    expect(start.z).toBeCloseTo(exhibition.hall.entrance.position[1], 3)

    // Forward is north, towards the welcome stand.
    await hall.holdKeyUntil('w', (pose) => pose.z < start.z - 0.5)
    const forward = await hall.settledPose()
    expect(Math.abs(forward.x - start.x)).toBeLessThan(0.01)

    // Backwards into the closed entrance door: the visitor stops inside the hall, a body's width from the outline.
    const outline = exhibition.hall.depth / 2
    await hall.holdKeyUntil('s', (pose) => pose.z > outline - 0.45)
    await hall.holdKeyUntilBlocked('s')
    const back = await hall.settledPose()
    expect(back.z).toBeCloseTo(outline - 0.3, 3)

    // Turn with the arrow key, then run until something stops the visitor; pushing on does not get them through.
    await hall.holdKeyUntil('ArrowLeft', (pose) => pose.yaw > back.yaw + 0.6)
    const turned = await hall.settledPose()
    await hall.page.keyboard.down('Shift')
    await hall.holdKeyUntil('w', (pose) => Math.hypot(pose.x - turned.x, pose.z - turned.z) > 2)
    let blocked = await hall.settledPose()
    for (let attempt = 0; attempt < 20; attempt++) {
      await hall.holdKey('w', 1500)
      const next = await hall.settledPose()
      const progress = Math.hypot(next.x - blocked.x, next.z - blocked.z)
      blocked = next
      if (progress < 0.001) break
    }
    await hall.page.keyboard.up('Shift')
    await hall.holdKey('w', 1500)
    const final = await hall.settledPose()
    expect(Math.hypot(final.x - blocked.x, final.z - blocked.z), 'moved after being blocked').toBeLessThan(0.001)
    expect(Math.hypot(final.x - turned.x, final.z - turned.z)).toBeGreaterThan(2)
    expect(Math.abs(final.x)).toBeLessThan(exhibition.hall.width / 2 - 0.29)
    expect(Math.abs(final.z)).toBeLessThan(exhibition.hall.depth / 2 - 0.29)
  })

  test('drags to look around', async ({ hall }) => {
    await hall.open()
    await hall.waitForHall()
    const before = await hall.pose()
    const box = await hall.canvas.boundingBox()
    if (!box) throw new Error('no canvas')
    await hall.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await hall.page.mouse.down()
    await hall.page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2, { steps: 10 })
    await hall.page.mouse.up()
    const after = await hall.settledPose()
    // 200 px at 0.0042 rad/px: dragging right turns the view left.
    expect(after.yaw - before.yaw).toBeCloseTo(0.84, 1)
    expect(after.x).toBe(before.x)
  })

  test('clicks the floor to walk there', async ({ hall }) => {
    await hall.open()
    await hall.waitForHall()
    const before = await hall.pose()
    const box = await hall.canvas.boundingBox()
    if (!box) throw new Error('no canvas')
    // Low on the screen and to the left is floor a few metres ahead-left.
    await hall.canvas.click({ position: { x: box.width * 0.3, y: box.height * 0.85 } })
    const after = await hall.settledPose()
    expect(after.x).toBeLessThan(before.x - 0.3)
    expect(after.z).toBeLessThan(before.z)
  })

  test('opens an exhibit by clicking it or pressing Enter, in both languages', async ({ hall, request }) => {
    const exhibition = await publishedExhibition(request)
    const [first] = inTourOrder(exhibition)
    if (!first?.citation) throw new Error('no exhibits, or the first cites no source')
    await hall.open()
    await hall.waitForHall()
    // The first stop stands ahead of the entrance: the centre of the view lands on it.
    await hall.canvas.click({ position: await centre(hall.canvas) })
    await expect(hall.panelHeading()).toHaveText(first.title.en)
    await expect(hall.panel).toContainText(first.summary.en)
    await expect(hall.panel).toContainText(first.citation.quote)
    expect(hall.page.url()).toContain(`exhibit=${first.id}`)

    await hall.page.getByRole('button', { name: '中文' }).click()
    await expect(hall.panelHeading()).toHaveText(first.title.zh)
    await expect(hall.panel).toContainText(first.body.zh.split('\n\n')[0] ?? '')
    await expect(hall.page.locator('html')).toHaveAttribute('lang', 'zh-CN')

    // Esc closes the panel and gives the keys back to the hall; Enter opens the stand in front again.
    await hall.page.keyboard.press('Escape')
    await expect(hall.panel).toBeHidden()
    await expect(hall.hall).toBeFocused()
    await expect(hall.page.getByText(`面前的展品：${first.title.zh}。按 Enter 阅读。`)).toBeVisible()
    await hall.page.keyboard.press('Enter')
    await expect(hall.panelHeading()).toHaveText(first.title.zh)

    // The language choice outlives a reload.
    await hall.page.reload()
    await expect(hall.page.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true')
    await expect(hall.panelHeading()).toHaveText(first.title.zh)
  })
})

async function centre(locator: import('@playwright/test').Locator) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return { x: box.width / 2, y: box.height / 2 }
}
