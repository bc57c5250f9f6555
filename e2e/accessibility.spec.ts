import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'

/** axe-core's WCAG 2.1 A and AA rules over the HTML parts of the page (the canvas is described by its label). */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}

test.describe('accessibility (axe-core)', () => {
  test('the hall, with an exhibit open, in both languages', async ({ hall, request }) => {
    const exhibition = await publishedExhibition(request)
    const [first] = inTourOrder(exhibition)
    await hall.open(`?exhibit=${first?.id}&lang=en`)
    await hall.waitForHall()
    expect(await violations(hall.page)).toEqual([])
    await hall.page.getByRole('button', { name: '中文' }).click()
    await hall.page.getByRole('button', { name: '平面图' }).click()
    expect(await violations(hall.page)).toEqual([])
  })

  test('the exhibit list and texts without WebGL', async ({ hall }) => {
    await hall.page.addInitScript(() => {
      HTMLCanvasElement.prototype.getContext = () => null
    })
    await hall.open('?lang=en')
    await expect(hall.page.getByRole('alert')).toBeVisible()
    expect(await violations(hall.page)).toEqual([])
  })

  test('the content error screen', async ({ hall }) => {
    await hall.page.route('**/content/exhibition.json', (route) => route.fulfill({ json: { version: 1 } }))
    await hall.open('?lang=en')
    await expect(hall.page.getByRole('alert')).toBeVisible()
    expect(await violations(hall.page)).toEqual([])
  })

  test('the studio sign-in', async ({ hall }) => {
    await hall.page.goto('/studio/')
    await expect(hall.page.getByRole('button', { name: 'Sign in' })).toBeVisible()
    expect(await violations(hall.page)).toEqual([])
  })
})

test('display options: larger text and high contrast apply at once and are remembered', async ({ hall, request }) => {
  const exhibition = await publishedExhibition(request)
  const [first] = inTourOrder(exhibition)
  await hall.open(`?exhibit=${first?.id}&lang=en`)
  await hall.waitForHall()
  const summary = hall.panel.locator('.panel-summary')
  const sizeBefore = await summary.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize))
  await hall.page.getByRole('button', { name: 'Display' }).click()
  await hall.page.getByLabel('Text size').selectOption('1.5')
  await hall.page.getByLabel('High contrast').check()
  await hall.page.getByLabel('Reduce motion').check()
  await expect
    .poll(() => summary.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize)))
    .toBeCloseTo(sizeBefore * 1.5, 0)
  await expect(summary).toHaveCSS('color', 'rgb(0, 0, 0)')
  expect(await violations(hall.page)).toEqual([])

  // With reduced motion, going to another exhibit is one step, not a glide: the next frame is already there.
  const target = inTourOrder(exhibition)[8]
  if (!target) throw new Error('too few exhibits')
  const start = await hall.pose()
  await hall.exhibitLink(target.title.en).click()
  const seen = []
  for (let i = 0; i < 30; i++) {
    seen.push(await hall.pose())
    await hall.page.waitForTimeout(50)
  }
  const pose = await hall.settledPose()
  expect(Math.hypot(pose.x - target.position[0], pose.z - target.position[1])).toBeLessThan(3.2)
  const between = seen.filter(
    (p) => Math.hypot(p.x - start.x, p.z - start.z) > 0.01 && Math.hypot(p.x - pose.x, p.z - pose.z) > 0.01,
  )
  expect(between, 'poses part-way between the two stands').toEqual([])

  await hall.page.reload()
  await hall.page.getByRole('button', { name: 'Display' }).click()
  await expect(hall.page.getByLabel('Text size')).toHaveValue('1.5')
  await expect(hall.page.getByLabel('High contrast')).toBeChecked()
})
