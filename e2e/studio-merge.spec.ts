import { draftStateSchema } from '../src/content/studioApi'
import { PREVIEW_CAMERA } from '../src/studio/preview/previewCamera'
import { CuratorApi } from './support/curatorApi'
import { expect, type Page, studioTest as test } from './support/fixtures'
import { imageStats } from './support/pixels'
import { StudioPage } from './support/StudioPage'

// Two curators and an admin at once, each on a server of the test's own (the studio fixtures).

const ANN = {
  email: 'ann@example.org',
  name: 'Ann Curator',
  role: 'curator',
  password: 'ann’s long passphrase here',
} as const
const BO = {
  email: 'bo@example.org',
  name: 'Bo Curator',
  role: 'curator',
  password: 'bo’s long passphrase here!',
} as const
const TITLE = 'Title · English'
const SUMMARY = 'Summary (on the stand) · English'

async function edit(studio: StudioPage, label: string, value: string): Promise<void> {
  await studio.field(label).fill(value)
  await studio.field(label).blur()
}

async function serverDraft(page: Page) {
  return draftStateSchema.parse(await (await page.request.get('/api/draft')).json())
}

test('two curators at once: different fields both survive, each screen updates, the same field is settled per field', async ({
  hall,
  browser,
  studioServer,
}, testInfo) => {
  const admin = await CuratorApi.signIn(studioServer.origin)
  await admin.addUser(ANN)
  await admin.addUser(BO)
  const ann = new StudioPage(hall.page)
  await ann.signIn(ANN)
  const boContext = await browser.newContext({ baseURL: studioServer.origin })
  const bo = new StudioPage(await boContext.newPage())
  await bo.signIn(BO)
  for (const studio of [ann, bo]) await studio.exhibits.first().click()

  // Different fields of the same exhibit at once: Ann the title, Bo the summary.
  await edit(ann, TITLE, 'Ann’s title')
  await edit(bo, SUMMARY, 'Bo’s summary.')
  await ann.save()
  await expect(ann.saved).toBeVisible()
  // Bo is told at once, sees Ann's title, and keeps his unsaved summary.
  await expect(bo.draftNotice).toContainText('Ann Curator saved the draft')
  await expect(bo.draftNotice).toContainText('merged with your unsaved edits')
  await expect(bo.field(TITLE)).toHaveValue('Ann’s title')
  await expect(bo.field(SUMMARY)).toHaveValue('Bo’s summary.')
  await bo.save()
  await expect(bo.saved).toBeVisible()
  await expect(ann.field(SUMMARY)).toHaveValue('Bo’s summary.')
  let first = (await serverDraft(hall.page)).document.exhibits[0]
  expect([first?.title.en, first?.summary.en]).toEqual(['Ann’s title', 'Bo’s summary.'])

  // The same two fields at once: Bo sees exactly those as conflicts, side by side, as soon as Ann saves.
  await edit(ann, TITLE, 'Ann’s second title')
  await edit(ann, SUMMARY, 'Ann’s second summary.')
  await edit(bo, TITLE, 'Bo’s second title')
  await edit(bo, SUMMARY, 'Bo’s second summary.')
  await ann.save()
  await expect(ann.saved).toBeVisible()
  const conflicts = bo.conflicts
  await expect(conflicts).toContainText('Ann Curator saved 2 fields you also changed')
  await expect(conflicts.getByRole('group')).toHaveCount(2)
  const titleField = conflicts.getByRole('group', { name: /Title · English/ })
  await expect(titleField).toContainText('Bo’s second title')
  await expect(titleField).toContainText('Ann’s second title')
  await bo.choose(/Title · English/, 'mine')
  await bo.choose(/Summary · English/, 'theirs')
  await conflicts.screenshot({ path: testInfo.outputPath('conflict-view.png') })
  await conflicts.getByRole('button', { name: 'Save with these choices' }).click()
  await expect(bo.saved).toBeVisible()
  await expect(bo.field(TITLE)).toHaveValue('Bo’s second title')
  await expect(bo.field(SUMMARY)).toHaveValue('Ann’s second summary.')
  first = (await serverDraft(hall.page)).document.exhibits[0]
  expect([first?.title.en, first?.summary.en]).toEqual(['Bo’s second title', 'Ann’s second summary.'])
  // Ann, whose title lost, sees that it did.
  await expect(ann.field(TITLE)).toHaveValue('Bo’s second title')
  await expect(ann.draftNotice).toContainText('Bo Curator saved the draft')
  await boContext.close()
  await admin.dispose()
})

test('publish lists what changes for visitors and refuses after a concurrent save; a restore shows its changes and is undone', async ({
  hall,
  studioServer,
}, testInfo) => {
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  await studio.exhibits.first().click()
  const original = (await serverDraft(hall.page)).document.exhibits[0]
  await edit(studio, TITLE, 'A title for visitors')
  await studio.save()
  await expect(studio.saved).toBeVisible()

  await studio.openPublishSummary()
  const summary = studio.publishSummary
  await expect(summary.getByRole('region', { name: 'Exhibits changed' })).toContainText('“A title for visitors”: title')
  await summary.screenshot({ path: testInfo.outputPath('publish-summary.png') })
  // Someone saves while the admin reads the summary: publishing what was reviewed is refused (a 409 the browser logs).
  hall.expectedErrors.push(/Failed to load resource: the server responded with a status of 409/)
  const other = await CuratorApi.signIn(studioServer.origin)
  await other.save((document) => {
    const second = document.exhibits[1]
    if (second) second.title.en = 'Changed meanwhile'
  })
  await summary.getByRole('button', { name: 'Publish these changes' }).click()
  await expect(summary.getByRole('alert')).toContainText('The draft changed')
  await summary.getByRole('button', { name: 'Review again' }).click()
  await expect(summary.getByRole('region', { name: 'Exhibits changed' })).toContainText('“Changed meanwhile”: title')
  await summary.getByRole('button', { name: 'Publish these changes' }).click()
  await expect(studio.published).toBeVisible()
  await other.dispose()

  // The history names who did what; restoring the first revision says what it changes before it does it.
  await studio.showHistory()
  await expect(studio.revisions).toContainText('Changed “A title for visitors” (title)')
  const seed = studio.revisions.getByRole('listitem').last()
  await expect(seed.getByRole('link', { name: 'Preview' })).toHaveCSS('color', 'rgb(26, 79, 160)')
  await seed.getByRole('button', { name: 'Restore…' }).click()
  const restore = hall.page.getByRole('dialog', { name: /Restore revision/ })
  await expect(restore.getByRole('region', { name: 'Exhibits changed' })).toContainText(
    `“${original?.title.en}”: title`,
  )
  await restore.getByRole('button', { name: /^Restore revision/ }).click()
  await expect(studio.message(/restored into the draft/)).toBeVisible()
  // The editor still shows an exhibit, with the restored text.
  await expect(studio.field(TITLE)).toHaveValue(original?.title.en ?? '')
  await hall.page.getByRole('button', { name: 'Undo the restore' }).click()
  await expect(studio.message(/The restore is undone/)).toBeVisible()
  await expect(studio.field(TITLE)).toHaveValue('A title for visitors')
  expect((await serverDraft(hall.page)).document.exhibits[1]?.title.en).toBe('Changed meanwhile')
})

test('keyboard undo and redo, saving keeps the undo history, and leaving with unsaved edits warns', async ({
  hall,
}) => {
  const studio = new StudioPage(hall.page)
  const page = hall.page
  await studio.signIn()
  await studio.exhibits.first().click()
  const before = await studio.field(TITLE).inputValue()
  await expect(studio.button('Undo')).toContainText('Ctrl+Z')
  await expect(studio.button('Redo')).toContainText('Ctrl+Shift+Z')
  await edit(studio, TITLE, 'Typed, then undone')
  await page.keyboard.press('Control+z')
  await expect(studio.field(TITLE)).toHaveValue(before)
  await page.keyboard.press('Control+Shift+z')
  await expect(studio.field(TITLE)).toHaveValue('Typed, then undone')
  await studio.save()
  await expect(studio.saved).toBeVisible()
  await expect(studio.button('Undo')).toBeEnabled()
  await studio.undo()
  await expect(studio.field(TITLE)).toHaveValue(before)
  await expect(studio.unsavedChanges).toBeVisible()

  const warned = new Promise<string>((resolve) => page.once('dialog', (dialog) => resolve(dialog.type())))
  await page.close({ runBeforeUnload: true })
  expect(await warned).toBe('beforeunload')
})

/** Where a floor point appears in the preview canvas, from the preview's starting camera. */
function project([x, y, z]: [number, number, number], box: { x: number; y: number; width: number; height: number }) {
  const [cx, cy, cz] = PREVIEW_CAMERA.position
  const length = Math.hypot(cx, cy, cz)
  const forward = [-cx / length, -cy / length, -cz / length] as const
  // right = forward × up(0, 1, 0); up' = right × forward.
  const rightLength = Math.hypot(forward[2], forward[0])
  const right = [-forward[2] / rightLength, 0, forward[0] / rightLength] as const
  const up = [
    right[1] * forward[2] - right[2] * forward[1],
    right[2] * forward[0] - right[0] * forward[2],
    right[0] * forward[1] - right[1] * forward[0],
  ] as const
  const d = [x - cx, y - cy, z - cz]
  const dot = (v: readonly number[]) =>
    (d[0] ?? 0) * (v[0] ?? 0) + (d[1] ?? 0) * (v[1] ?? 0) + (d[2] ?? 0) * (v[2] ?? 0)
  const tan = Math.tan((PREVIEW_CAMERA.fov * Math.PI) / 360)
  const depth = dot(forward)
  const ndcX = dot(right) / (depth * tan * (box.width / box.height))
  const ndcY = dot(up) / (depth * tan)
  return { x: box.x + ((ndcX + 1) / 2) * box.width, y: box.y + ((1 - ndcY) / 2) * box.height, depth }
}

test('the 3D handle sits on the selected stand and dragging it moves that stand; a focused stand hides no neighbour', async ({
  hall,
}) => {
  const studio = new StudioPage(hall.page)
  const page = hall.page
  await studio.signIn()
  const doc = (await serverDraft(page)).document
  // A stand in the front half, so the handle's arrow is well inside the view.
  const target = doc.exhibits.find((exhibit) => exhibit.position[1] > 0 && Math.abs(exhibit.position[0]) < 8)
  if (!target) throw new Error('no stand in front')
  await studio.stand(target.id).click()

  // The plan: focusing a stand changes no pixel of its nearest neighbour.
  const neighbour = doc.exhibits
    .filter((exhibit) => exhibit.id !== target.id)
    .sort(
      (a, b) =>
        Math.hypot(a.position[0] - target.position[0], a.position[1] - target.position[1]) -
        Math.hypot(b.position[0] - target.position[0], b.position[1] - target.position[1]),
    )[0]
  const around = await studio.stand(neighbour?.id ?? '').boundingBox()
  if (!around) throw new Error('no neighbour on the plan')
  const clip = { x: around.x - 2, y: around.y - 2, width: around.width + 4, height: around.height + 4 }
  const unfocused = await page.screenshot({ clip })
  // Focused as by keyboard, so the focus ring is what shows.
  await studio.stand(target.id).evaluate((element) => (element as SVGElement).blur())
  await page.keyboard.press('Shift')
  await studio.stand(target.id).focus()
  expect(await studio.stand(target.id).evaluate((element) => element.matches(':focus-visible'))).toBe(true)
  expect((await page.screenshot({ clip })).equals(unfocused)).toBe(true)

  await studio.showPreview()
  const canvas = studio.previewCanvas
  await expect
    .poll(async () => (await imageStats(page, await canvas.screenshot())).colors, { timeout: 60_000 })
    .toBeGreaterThan(40)
  const box = await canvas.boundingBox()
  if (!box) throw new Error('no canvas')
  // The X arrow's grab area is 0.6 of the handle's size east of its centre; the size grows with the distance.
  const [cx, cy, cz] = PREVIEW_CAMERA.position
  const distance = Math.hypot(target.position[0] - cx, cy, target.position[1] - cz)
  const scale = (distance * Math.min(1.9 * Math.tan((PREVIEW_CAMERA.fov * Math.PI) / 360), 7)) / 7
  const arrow = project([target.position[0] + 0.6 * scale, 0, target.position[1]], box)
  await page.mouse.move(arrow.x, arrow.y)
  await page.mouse.down()
  await page.mouse.move(arrow.x + 60, arrow.y, { steps: 10 })
  await page.mouse.up()
  const label = studio.stand(target.id)
  await expect(label).not.toHaveAttribute('aria-label', new RegExp(`at ${target.position[0].toFixed(2)},`))
  const [, x, z] = /at (-?[\d.]+), (-?[\d.]+)/.exec((await label.getAttribute('aria-label')) ?? '') ?? []
  expect(Number(x)).toBeGreaterThan(target.position[0])
  expect(Number(z)).toBe(target.position[1])
  await expect(studio.button('Undo')).toHaveAttribute('title', `Move “${target.title.en}”`)
})
