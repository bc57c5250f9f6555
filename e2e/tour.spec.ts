import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'

test.describe('the guided tour and the map', () => {
  test('the tour visits every stop in order and walks to the last one', async ({ hall, request }) => {
    const exhibition = await publishedExhibition(request)
    const stops = inTourOrder(exhibition)
    await hall.open('?lang=en')
    await hall.waitForHall()
    await hall.page.getByRole('button', { name: 'Start the tour' }).click()
    await expect(hall.panelHeading()).toHaveText(stops[0]?.title.en ?? '')
    await expect(hall.page.getByText(`Tour: stop 1 of ${stops.length}`)).toBeVisible()
    const next = hall.page.getByRole('button', { name: 'Next stop' })
    for (const [index, stop] of stops.entries()) {
      if (index === 0) continue
      await next.click()
      await expect(hall.panelHeading()).toHaveText(stop.title.en)
      await expect(hall.page.getByText(`Tour: stop ${index + 1} of ${stops.length}`)).toBeVisible()
    }
    await expect(next).toBeDisabled()
    // The visitor walks (round walls, through doorways) to stand in front of the last stop.
    const last = stops.at(-1)
    if (!last) throw new Error('no stops')
    await expect
      .poll(
        async () => {
          const pose = await hall.pose()
          return Math.hypot(pose.x - last.position[0], pose.z - last.position[1])
        },
        { timeout: 120_000 },
      )
      .toBeLessThan(3.2)
    await hall.page.getByRole('button', { name: 'Previous stop' }).click()
    await expect(hall.panelHeading()).toHaveText(stops.at(-2)?.title.en ?? '')
    await hall.page.getByRole('button', { name: 'End the tour' }).click()
    await expect(hall.page.getByRole('button', { name: 'Start the tour' })).toBeVisible()
  })

  test('the map shows the exhibits and jumps to one', async ({ hall, request }) => {
    const exhibition = await publishedExhibition(request)
    const target = inTourOrder(exhibition)[5]
    if (!target) throw new Error('too few exhibits')
    await hall.open('?lang=en')
    await hall.waitForHall()
    await hall.page.getByRole('button', { name: 'Map' }).click()
    const map = hall.page.getByRole('group', { name: 'Floor plan: choose an exhibit to go there' })
    await expect(map.getByRole('button')).toHaveCount(exhibition.exhibits.length)
    await map.getByRole('button', { name: `${target.tour}. ${target.title.en}` }).click()
    await expect(hall.panelHeading()).toHaveText(target.title.en)
    const pose = await hall.settledPose()
    expect(Math.hypot(pose.x - target.position[0], pose.z - target.position[1])).toBeLessThan(3.2)
  })
})
