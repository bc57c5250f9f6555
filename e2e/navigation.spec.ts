import { JOIN_CODE_ALPHABET } from '../src/content/presence'
import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'

test.describe('finding an exhibit', () => {
  test('a deep link opens the hall in front of its exhibit', async ({ hall, request }) => {
    const exhibition = await publishedExhibition(request)
    const target = inTourOrder(exhibition).at(-1)
    if (!target) throw new Error('no exhibits')
    await hall.open(`?exhibit=${target.id}&lang=en`)
    await hall.waitForHall()
    await expect(hall.panelHeading()).toHaveText(target.title.en)
    const pose = await hall.pose()
    const [x, z] = target.position
    const distance = Math.hypot(pose.x - x, pose.z - z)
    expect(distance).toBeGreaterThan(2)
    expect(distance).toBeLessThan(3.2)
    // Looking at it: the stand is what the hall says is in front.
    await expect(hall.page.getByText(`In front of you: ${target.title.en}. Press Enter to read.`)).toBeVisible()
  })

  test('the exhibit list works by keyboard alone', async ({ hall, request }) => {
    const exhibition = await publishedExhibition(request)
    const stops = inTourOrder(exhibition)
    const target = stops[Math.floor(stops.length / 2)]
    if (!target) throw new Error('no exhibits')
    await hall.open('?lang=en')
    await hall.waitForHall()
    await hall.page.keyboard.press('Tab')
    await expect(hall.page.getByRole('link', { name: 'Skip to the exhibit list' })).toBeFocused()
    await hall.page.keyboard.press('Enter')
    // Tab through the list to the target, as a keyboard user would.
    const link = hall.exhibitLink(target.title.en)
    for (
      let i = 0;
      i < exhibition.exhibits.length + 2 && !(await link.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await hall.page.keyboard.press('Tab')
    }
    await expect(link).toBeFocused()
    await hall.page.keyboard.press('Enter')
    await expect(hall.panelHeading()).toHaveText(target.title.en)
    await expect(hall.panelHeading()).toBeFocused()
    await expect(link).toHaveAttribute('aria-current', 'true')
    const pose = await hall.settledPose()
    expect(Math.hypot(pose.x - target.position[0], pose.z - target.position[1])).toBeLessThan(3.2)
  })

  test('the list is labelled for screen readers, zone by zone', async ({ hall, request }) => {
    const exhibition = await publishedExhibition(request)
    await hall.open('?lang=en')
    await expect(hall.page.getByRole('navigation', { name: 'Exhibits' })).toBeVisible()
    for (const zone of exhibition.hall.zones) {
      await expect(hall.page.getByRole('region', { name: zone.title.en })).toBeVisible()
    }
    await expect(hall.exhibitList.getByRole('link')).toHaveCount(exhibition.exhibits.length)
  })
})

test('the laptop shows a QR code and address for headsets to join its group', async ({ hall, baseURL }) => {
  await hall.open('?lang=en')
  await hall.page.getByRole('button', { name: 'Visit with a headset' }).click()
  // This test server listens on loopback only, so the page offers its own address; once the laptop is in a hall
  // instance, the address carries its join code, so the headset that scans it joins the same group.
  const escaped = `${baseURL}/`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const joinAddress = `${escaped}\\?join=[${JOIN_CODE_ALPHABET}]{5}`
  const code = hall.page.getByRole('img', { name: new RegExp(`^QR code: ${joinAddress}$`) })
  await expect(code).toBeVisible({ timeout: 60_000 })
  expect(await code.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(100)
  await expect(hall.page.getByText(new RegExp(`^${joinAddress}$`))).toBeVisible()
})
