import { inTourOrder, publishedExhibition } from './support/content'
import { expect, studioTest as test } from './support/fixtures'
import { HallLayoutPanel } from './support/HallLayoutPanel'
import { HallPage } from './support/HallPage'
import { differingShare, imageStats } from './support/pixels'
import { StudioPage } from './support/StudioPage'

// The lobby (z 6..14) is split by a wall at x = -12: the third tour stop, "local-policies" at x = -14, is shut in.
const SPLIT: [[number, number], [number, number]] = [
  [-12, 6],
  [-12, 14],
]
const WALLED_OFF = 'local-policies'

test('a curator splits a room with a wall and a doorway; a visitor walks through it and is stopped by the wall', async ({
  hall,
  request,
  browser,
}) => {
  test.setTimeout(240_000)
  const before = await publishedExhibition(request)
  const walls = before.hall.walls.length
  const shutIn = before.exhibits.find((exhibit) => exhibit.id === WALLED_OFF)
  if (!shutIn) throw new Error(`no exhibit ${WALLED_OFF}`)
  const studio = new StudioPage(hall.page)
  const layout = new HallLayoutPanel(hall.page)
  await studio.signIn()
  await studio.showPreview()
  await expect(studio.previewCanvas).toBeVisible()
  // The hall drawn in the preview: many colours, not the empty background.
  let previewBefore = await studio.previewCanvas.screenshot()
  await expect
    .poll(
      async () => {
        previewBefore = await studio.previewCanvas.screenshot()
        return (await imageStats(hall.page, previewBefore)).colors
      },
      { timeout: 60_000 },
    )
    .toBeGreaterThan(20)

  // Draw the wall on the plan: the exhibit behind it can no longer be reached, and the plan says so by title.
  await layout.tool('Draw walls')
  await layout.drag(...SPLIT)
  await expect(layout.wall(walls + 1)).toContainText('(-12, 6) to (-12, 14), 8.0 m')
  const unreachable = `No visitor can reach “${shutIn.title.en}” from the entrance`
  await expect(layout.warnings).toContainText(unreachable)
  await expect(layout.plan.locator('.plan-warning')).not.toHaveCount(0)
  await layout.plan.screenshot({ path: test.info().outputPath('plan-unreachable.png') })
  await layout.warnings.scrollIntoViewIfNeeded()
  await hall.page.screenshot({ path: test.info().outputPath('plan-warning-list.png') })

  // Saved and about to be published, the warning asks first; cancelling publishes nothing.
  await studio.save()
  await expect(studio.saved).toBeVisible()
  await studio.publish()
  await expect(layout.publishConfirm).toContainText(unreachable)
  await layout.publishConfirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(layout.publishConfirm).toBeHidden()
  expect((await publishedExhibition(request)).hall.walls).toHaveLength(walls)

  // A doorway, clicked onto the new wall and widened, opens the room again.
  await layout.tool('Add doorways')
  await layout.clickPlan([-12, 12])
  const width = `Wall ${walls + 1} doorway 1 width (m)`
  await expect(layout.field(width)).toHaveValue('1.2')
  await expect(layout.field(`Wall ${walls + 1} doorway 1 position (m from start)`)).toHaveValue('6')
  await layout.set(width, '2')
  await expect(layout.field(width)).toHaveValue('2')
  await expect(layout.warnings).not.toContainText(unreachable)

  // Undo takes the widening and the doorway back; redo restores them.
  await studio.undo()
  await expect(layout.field(width)).toHaveValue('1.2')
  await studio.undo()
  await expect(layout.field(width)).toHaveCount(0)
  await expect(layout.warnings).toContainText(unreachable)
  await studio.redo()
  await studio.redo()
  await expect(layout.field(width)).toHaveValue('2')
  await expect(layout.warnings).not.toContainText(unreachable)

  // Both show in the 3D preview.
  await expect
    .poll(async () => differingShare(hall.page, previewBefore, await studio.previewCanvas.screenshot()), {
      timeout: 30_000,
    })
    .toBeGreaterThan(0.002)
  await studio.previewCanvas.screenshot({ path: test.info().outputPath('preview-wall.png') })

  await studio.save()
  await expect(studio.saved).toBeVisible()
  await studio.publish()
  await expect(studio.published).toBeVisible()
  const after = await publishedExhibition(request)
  expect(after.hall.walls.at(-1)).toMatchObject({ from: SPLIT[0], to: SPLIT[1], openings: [{ offset: 6, width: 2 }] })

  // A visitor takes the tour: from the lobby the third stop is only reached through the new doorway (z 11..13).
  const visitor = await browser.newPage()
  await visitor.goto('/?lang=en')
  await expect
    .poll(() => visitor.evaluate(() => window.__hallDiagnostics?.firstFrameMs ?? null), { timeout: 60_000 })
    .not.toBeNull()
  const pose = () => visitor.evaluate(() => window.__hallDiagnostics?.pose ?? { x: 0, z: 0, yaw: 0, pitch: 0 })
  const stops = inTourOrder(after)
  expect(stops[2]?.id).toBe(WALLED_OFF)
  await visitor.getByRole('button', { name: 'Start the tour' }).click()
  const next = visitor.getByRole('button', { name: 'Next stop' })
  await next.click()
  await expect(visitor.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
    stops[1]?.title.en ?? '',
  )
  await expect.poll(async () => (await pose()).x, { timeout: 60_000 }).toBeLessThan(-2)
  await next.click()
  const path: { x: number; z: number }[] = []
  await expect
    .poll(
      async () => {
        const here = await pose()
        path.push(here)
        return here.x
      },
      { timeout: 90_000, intervals: [50] },
    )
    .toBeLessThan(-13.5)
  const crossing = path.findIndex((point, i) => i > 0 && point.x < -12 && (path[i - 1]?.x ?? 0) >= -12)
  const [a, b] = [path[crossing - 1], path[crossing]]
  if (!a || !b) throw new Error('the walk did not cross x = -12')
  const zAtWall = a.z + ((b.z - a.z) * (-12 - a.x)) / (b.x - a.x)
  expect(zAtWall).toBeGreaterThan(11)
  expect(zAtWall).toBeLessThan(13)

  // Stepping sideways towards the new wall, away from the doorway: the wall stops them.
  const visitorHall = new HallPage(visitor)
  await expect.poll(async () => (await visitorHall.diagnostics())?.moving, { timeout: 30_000 }).toBe(false)
  const standing = await pose()
  expect(standing.z).toBeLessThan(10.5)
  await visitorHall.holdKeyUntilBlocked('d')
  const stopped = await pose()
  expect(stopped.x).toBeLessThan(-12.2)
  expect(stopped.x).toBeGreaterThan(-12.8)
  await visitor.close()
})

test('bad layout input changes nothing, a template keeps every exhibit, and a zone renamed in Chinese reaches visitors', async ({
  hall,
  request,
  browser,
}) => {
  test.setTimeout(180_000)
  const before = await publishedExhibition(request)
  const studio = new StudioPage(hall.page)
  const layout = new HallLayoutPanel(hall.page)
  await studio.signIn()

  // A doorway wider than its wall is refused, in words, and the draft is left as it was.
  const doorway = 'Wall 5 doorway 1 width (m)'
  await layout.set(doorway, '40')
  await expect(layout.refusal).toContainText('Doorway 1 of wall 5 is 40 m wide, wider than its wall (36 m).')
  await expect(layout.field(doorway)).toHaveValue('3')
  await expect(studio.button('Undo')).toBeDisabled()
  await layout.set('Width (m)', '20')
  await expect(layout.refusal).toContainText('The hall would be too small for its stands')
  await expect(layout.field('Width (m)')).toHaveValue('36')

  // A template lays the hall out anew and keeps every exhibit; undo brings the old layout back.
  await layout.panel.getByLabel('Template').selectOption({ label: 'A loop of four rooms' })
  await layout.panel.getByRole('button', { name: 'Apply the template' }).click()
  await expect(layout.wall(6)).toContainText('(-18, 0) to (18, 0)')
  await expect(layout.wall(7)).toHaveCount(0)
  await expect(studio.stands).toHaveCount(before.exhibits.length)
  await expect(studio.exhibits).toHaveCount(before.exhibits.length)
  await expect(layout.warnings).not.toContainText('No visitor can reach')
  await layout.plan.screenshot({ path: test.info().outputPath('plan-template.png') })
  await studio.undo()
  await expect(layout.wall(7)).toContainText('(6, -14) to (6, 6)')

  // The lobby renamed in Chinese: the visitor's exhibit list and the hall show the new name once published.
  const name = '迎宾大厅'
  await layout.set('Zone 1 name · 中文', name)
  await expect(layout.plan).toContainText(name)
  await studio.save()
  await expect(studio.saved).toBeVisible()
  await studio.publish()
  await expect(studio.published).toBeVisible()
  expect((await publishedExhibition(request)).hall.zones[0]?.title.zh).toBe(name)
  const visitor = new HallPage(await browser.newPage())
  // The list is there before the 3D hall's first frame (which new glyphs make slow on software rendering).
  await visitor.open('?lang=zh')
  await expect(visitor.exhibitList.getByText(name)).toBeVisible()
  await visitor.page.close()
})
