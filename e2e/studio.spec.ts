import sharp from 'sharp'
import type { Exhibition } from '../src/content/schema'
import { publishedExhibition } from './support/content'
import { expect, studioTest as test } from './support/fixtures'
import { imageStats } from './support/pixels'
import { StudioPage } from './support/StudioPage'

// These tests change the exhibition the server publishes: each has a server and a data directory of its own
// (the studio fixtures), so they run in any order and one failing leaves the others as they were.

test('a curator edits a text, moves a stand, publishes, and visitors see it', async ({ hall, request, browser }) => {
  const before = await publishedExhibition(request)
  const target = before.exhibits.find((exhibit) => exhibit.zone === 'introduction' && exhibit.tour > 1)
  if (!target) throw new Error('no exhibit to edit')
  const newTitle = `${target.title.en} (edited)`

  const studio = new StudioPage(hall.page)
  await studio.signIn()
  await studio.exhibitInList(target.title.en).click()
  const title = studio.field('Title · English')
  await expect(title).toHaveValue(target.title.en)
  await title.fill(newTitle)
  await title.blur()
  await expect(studio.unsavedChanges).toBeVisible()

  // Undo and redo the edit.
  await studio.undo()
  await expect(title).toHaveValue(target.title.en)
  await studio.redo()
  await expect(title).toHaveValue(newTitle)

  // A blank Chinese title is refused in place, and saving waits until it is fixed.
  const zhTitle = studio.field('Title · 中文')
  await zhTitle.fill(' ')
  await zhTitle.blur()
  await expect(studio.message('must not be empty')).toBeVisible()
  await expect(studio.button('Save draft')).toBeDisabled()
  await studio.undo()

  // Move the stand half a metre east on the floor plan, by keyboard.
  const stand = studio.stand(target.id)
  await stand.focus()
  await hall.page.keyboard.press('ArrowRight')
  await hall.page.keyboard.press('ArrowRight')
  const movedTo = [target.position[0] + 0.5, target.position[1]]
  await expect(stand).toHaveAttribute(
    'aria-label',
    new RegExp(`at ${movedTo[0]?.toFixed(2)}, ${movedTo[1]?.toFixed(2)}`),
  )

  await studio.save()
  await expect(studio.saved).toBeVisible()
  // Saved is not published: visitors still see the old title.
  expect((await publishedExhibition(request)).exhibits.find((e) => e.id === target.id)?.title.en).toBe(target.title.en)

  await studio.publish()
  await expect(studio.published).toBeVisible()

  const after = await publishedExhibition(request)
  const published = after.exhibits.find((exhibit) => exhibit.id === target.id)
  expect(published?.title.en).toBe(newTitle)
  expect(published?.position).toEqual(movedTo)

  // A visitor, in a browser of their own, finds the new title in the hall's list and panel.
  const visitor = await browser.newPage()
  await visitor.goto(`/?exhibit=${target.id}&lang=en`)
  await expect(visitor.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(newTitle)
  await visitor.close()
})

test('a curator uploads a picture with progress, and a disguised file is refused with the reason', async ({ hall }) => {
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  await studio.exhibits.first().click()
  const input = studio.mediaUpload
  const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#3d7bd9' } })
    .png()
    .toBuffer()
  await input.setInputFiles({ name: 'diagram.png', mimeType: 'image/png', buffer: png })
  await expect(studio.message(/^Now: media\/[\w-]+\.webp$/)).toBeVisible()
  await expect(studio.unsavedChanges).toBeVisible()

  hall.expectedErrors.push(/Failed to load resource: the server responded with a status of 415/)
  await input.setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<html>not a picture</html>'),
  })
  const refusal = studio.alert
  // The one upload endpoint also takes narration recordings, so its refusal names every format it accepts.
  await expect(refusal).toContainText(
    '"photo.png" is not a JPEG, PNG, WebP, GLB, Ogg, MP3, M4A or WAV file (it is a web page)',
  )
})

test('the 3D preview draws the draft with a handle on the selected stand', async ({ hall }) => {
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  await studio.showPreview()
  const canvas = studio.previewCanvas
  await expect(canvas).toBeVisible()
  // Wait for a frame with the hall in it: the screenshot of an empty canvas is one flat colour.
  await expect
    .poll(async () => (await imageStats(hall.page, await canvas.screenshot())).colors, { timeout: 60_000 })
    .toBeGreaterThan(40)
})

test('a stand dragged on the floor plan snaps to the grid, and an earlier revision can be previewed', async ({
  hall,
}) => {
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  const stand = studio.stands.nth(3)
  const before = await stand.getAttribute('aria-label')
  const box = await stand.boundingBox()
  if (!box) throw new Error('the stand is not on screen')
  await hall.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await hall.page.mouse.down()
  await hall.page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 25, { steps: 8 })
  await hall.page.mouse.up()
  await expect(stand).not.toHaveAttribute('aria-label', before ?? '')
  const [, x, z] = /at (-?[\d.]+), (-?[\d.]+)/.exec((await stand.getAttribute('aria-label')) ?? '') ?? []
  // Snapped: both coordinates are whole quarters of a metre.
  expect(Math.abs((Number(x) * 4) % 1)).toBe(0)
  expect(Math.abs((Number(z) * 4) % 1)).toBe(0)
  await expect(studio.unsavedChanges).toBeVisible()

  await studio.showHistory()
  const revisions = studio.revisions
  const oldest = revisions.getByRole('listitem').last()
  const [preview] = await Promise.all([
    hall.page.waitForEvent('popup'),
    oldest.getByRole('link', { name: 'Preview' }).click(),
  ])
  await expect(preview.getByRole('note')).toContainText(/Preview of revision \d+/)
  await expect(preview.getByRole('navigation', { name: 'Exhibits' }).getByRole('link').first()).toBeVisible()
  await preview.close()
})

test('a curator rewrites an exhibit narration, publishes, and visitors get it as captions', async ({
  hall,
  request,
  browser,
}) => {
  const before = await publishedExhibition(request)
  const target = before.exhibits.find((exhibit) => exhibit.zone === 'difficulties' && !exhibit.audio)
  if (!target) throw new Error('no exhibit to edit')
  const sentences = ['A narration rewritten in the studio.', 'It reaches visitors as captions.']

  const studio = new StudioPage(hall.page)
  await studio.signIn()
  await studio.exhibitInList(target.title.en).click()
  const narration = studio.field(
    'Narration (a few spoken sentences, shown as captions; one caption per sentence) · English',
  )
  await expect(narration).toHaveValue(target.narration.en)
  await narration.fill(sentences.join(' '))
  await narration.blur()
  await studio.save()
  await expect(studio.saved).toBeVisible()
  await studio.publish()
  await expect(studio.published).toBeVisible()
  expect((await publishedExhibition(request)).exhibits.find((e) => e.id === target.id)?.narration).toEqual({
    zh: target.narration.zh,
    en: sentences.join(' '),
  })

  const visitor = await browser.newPage()
  await visitor.goto(`/?exhibit=${target.id}&lang=en`)
  // Silent captions move on at reading pace: whichever of the two sentences is showing, it is the new text.
  await expect(visitor.getByRole('region', { name: 'Captions' }).locator('[aria-live="polite"]')).toHaveText(
    new RegExp(`^(${sentences.map((sentence) => sentence.replace('.', '\\.')).join('|')})$`),
  )
  await visitor.close()
})

test('a curator makes a text stand interactive, publishes, and visitors can try it', async ({
  hall,
  request,
  browser,
}) => {
  const before = await publishedExhibition(request)
  const target = before.exhibits.find((exhibit) => exhibit.kind === 'text' && exhibit.zone === 'recommendations')
  if (!target) throw new Error('no text stand to change')

  const studio = new StudioPage(hall.page)
  await studio.signIn()
  await studio.exhibitInList(target.title.en).click()
  await studio.field('Kind of stand').selectOption({ label: 'Interactive' })
  await studio.field('Interactive').selectOption({ label: 'Digital-collection market' })
  await studio.save()
  await expect(studio.saved).toBeVisible()
  await studio.publish()
  await expect(studio.published).toBeVisible()
  const published = (await publishedExhibition(request)).exhibits.find((exhibit) => exhibit.id === target.id)
  expect(published).toMatchObject({ kind: 'interactive', interactive: { type: 'market' } })

  // The visitor's panel for that stand now holds the market's controls.
  const visitor = await browser.newPage()
  await visitor.goto(`/?exhibit=${target.id}&lang=en`)
  await expect(visitor.getByRole('checkbox', { name: /Manipulation/ })).toBeVisible()
  await visitor.close()

  // And back: a text panel again carries no interactive.
  await studio.field('Kind of stand').selectOption({ label: 'Text panel' })
  await expect(studio.field('Interactive')).toHaveCount(0)
  await studio.save()
  await expect(studio.saved).toBeVisible()
  // The curator's own session (the page's cookies) reads the draft back.
  const draft = (await (await hall.page.request.get('/api/draft')).json()) as { document: Exhibition }
  const reverted = draft.document.exhibits.find((exhibit) => exhibit.id === target.id)
  expect(reverted?.kind).toBe('text')
  expect(reverted?.interactive).toBeUndefined()
})
