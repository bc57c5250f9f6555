import { captionSentences } from '../src/content/narration'
import { htmlPage, wav } from '../src/server/testing/audioSamples'
import { CHROMIUM_ARGS, chromiumPath } from './support/chromium'
import { publishedExhibition } from './support/content'
import { expect, type Page, studioTest as test } from './support/fixtures'
import { HallPage } from './support/HallPage'
import { StudioPage } from './support/StudioPage'

/** Errors a page other than the fixture's own logs, to be asserted empty once the test is done with it. */
function consoleErrorsOf(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return errors
}

// Chromium's fake microphone (a beeping tone) answers getUserMedia, and its permission prompt is accepted.
test.use({
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
})

test('a new exhibit cites nothing and is not published until marked a curator’s note; visitors see which, and Chinese emphasis renders', async ({
  hall,
  browser,
}) => {
  // Three visits to a software-rendered hall besides the studio.
  test.setTimeout(180_000)
  // The refused publish answers 422, which the browser logs.
  hall.expectedErrors.push(/Failed to load resource: the server responded with a status of 422/)
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  await studio.addExhibit()
  await expect(studio.attribution('Not decided yet')).toBeChecked()
  await expect(studio.message(/Not given yet: this exhibit cannot be published/)).toBeVisible()
  await studio.type('Title · English', 'A note from the curators')
  await studio.type(
    'Full text (markdown: **bold**, *italic*, - lists; a blank line between paragraphs) · 中文',
    '**重点：**本段由策展人撰写。',
  )
  // The preview beside the editor renders the emphasis as bold, not as asterisks.
  await expect(studio.markdownPreview('zh-CN').locator('strong')).toHaveText('重点：')
  await expect(studio.markdownPreview('zh-CN')).not.toContainText('**')
  await studio.save()
  await expect(studio.saved).toBeVisible()

  await studio.publish()
  await expect(studio.publishRefusals).toContainText(
    "“A note from the curators” has no source: pick a source and its paragraphs, or mark it as a curator's note",
  )
  await expect(studio.published).toBeHidden()

  await studio.attribution('A curator’s note').check()
  await studio.save()
  await expect(studio.saved).toBeVisible()
  await hall.page.screenshot({ path: test.info().outputPath('studio-citation-editor.png') })
  await studio.publish()
  await expect(studio.published).toBeVisible()
  // The refusal went once the curator reviewed again: nothing on screen still says the draft cannot be published.
  await expect(studio.publishRefusals).toBeHidden()
  await expect(studio.message(/cannot be published yet/)).toBeHidden()

  const visitor = await browser.newPage()
  const visitorErrors = consoleErrorsOf(visitor)
  await visitor.goto('/?exhibit=new-exhibit-1&lang=en')
  const panel = visitor.getByRole('complementary')
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('A note from the curators')
  await expect(panel.locator('.citation')).toHaveAttribute('data-attribution', 'curator-note')
  await expect(panel.locator('.citation')).toContainText('Curator’s note')
  await expect(panel.locator('.citation')).toContainText('This text is the curators’ own')
  await expect(panel.locator('.citation blockquote')).toHaveCount(0)
  // The hall draws around an exhibit that cites no source, its stand in front of the visitor.
  await new HallPage(visitor).waitForHall()
  await visitor.screenshot({ path: test.info().outputPath('visitor-curator-note-hall.png') })
  await visitor.goto('/?exhibit=new-exhibit-1&lang=zh')
  await expect(panel.locator('strong')).toHaveText('重点：')
  await expect(panel).not.toContainText('**')
  await expect(panel.locator('.citation')).toContainText('策展人按语')
  await panel.screenshot({ path: test.info().outputPath('visitor-curator-note.png') })
  // A sourced exhibit still shows its passage and where it is from.
  await visitor.goto('/?exhibit=welcome&lang=en')
  await expect(panel.locator('.citation')).toHaveAttribute('data-attribution', 'source')
  await expect(panel.locator('.citation blockquote')).toHaveText('Metaverse is a hot word today.')
  await panel.locator('.citation').screenshot({ path: test.info().outputPath('visitor-citation.png') })
  expect(visitorErrors, 'the visitor page’s console errors').toEqual([])
  await visitor.close()
})

test('the exhibition’s texts and sources: a cited source cannot be deleted; a new source, cited by a new exhibit, reaches visitors', async ({
  hall,
  browser,
}) => {
  test.setTimeout(150_000)
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  await studio.openExhibitionTexts()
  await studio.type('Exhibition title · English', 'The Metaverse, Retitled in the Studio')

  // The default exhibition's one source is cited by every exhibit: deleting it is refused, naming them.
  const report = studio.source(/CAPD Central Committee/)
  await report.getByRole('button', { name: 'Delete this source' }).click()
  await expect(report.getByRole('alert')).toContainText(
    'cannot be deleted: it is cited by “Welcome: The Metaverse as a Hot Word”',
  )
  await expect(report).toBeVisible()

  await hall.page.getByRole('button', { name: 'Add a source' }).click()
  await studio.typeIn(studio.source('(Source title)'), 'Source title · English', 'The proposal, full text')
  const added = studio.source('The proposal, full text')
  await studio.typeIn(added, 'Source title · 中文', '提案全文')
  await studio.typeIn(added, 'Source publisher · English', 'CAPD Central Committee')
  await studio.typeIn(added, 'Source date (2022, 2022-03 or 2022-03-01)', '2022-03')
  await studio.typeIn(
    added,
    'Source text (a blank line between paragraphs; citations count paragraphs from 1)',
    'The metaverse joins the real and the virtual.\n\nGovernance must grow with the industry.',
  )
  await expect(added).toContainText('cited by 0 exhibits')
  await added.screenshot({ path: test.info().outputPath('studio-source-editor.png') })

  // A new exhibit cites the new source's second paragraph, quoting it.
  await studio.addExhibit()
  await studio.type('Title · English', 'Governance and growth')
  await studio.attribution('A source').check()
  await hall.page.getByRole('combobox', { name: /^Source/ }).selectOption({ label: 'The proposal, full text' })
  const paragraphs = hall.page.getByRole('group', { name: 'Cited paragraphs' })
  await paragraphs.getByRole('checkbox', { name: /^¶2 Governance/ }).check()
  await paragraphs.getByRole('checkbox', { name: /^¶1 The metaverse/ }).uncheck()
  await expect(paragraphs.getByRole('checkbox', { name: /^¶1/ })).not.toBeChecked()
  await studio.type('Citation: the passage as the source words it', 'Governance must grow with the industry.')
  await studio.save()
  await expect(studio.saved).toBeVisible()
  await studio.openExhibitionTexts()
  await expect(studio.source('The proposal, full text')).toContainText('cited by 1 exhibit')
  await studio.publish()
  await expect(studio.published).toBeVisible()

  const visitor = await browser.newPage()
  const visitorErrors = consoleErrorsOf(visitor)
  await visitor.goto('/?exhibit=new-exhibit-1&lang=en')
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('The Metaverse, Retitled in the Studio')
  const citation = visitor.getByRole('complementary').locator('.citation')
  await expect(citation).toHaveAttribute('data-attribution', 'source')
  await expect(citation.locator('blockquote')).toHaveText('Governance must grow with the industry.')
  await expect(citation.locator('.citation-source')).toHaveText(
    'The proposal, full text · CAPD Central Committee · 2022-03 · paragraph 2',
  )
  expect(visitorErrors, 'the visitor page’s console errors').toEqual([])
  await visitor.close()
})

test('narration: a disguised file and a missing path are refused with reasons; an uploaded and a recorded one play in the hall with captions', async ({
  hall,
  browser,
  request,
}) => {
  test.setTimeout(180_000)
  // The refused upload (415) and the refused save (400) are logged by the browser.
  hall.expectedErrors.push(/Failed to load resource: the server responded with a status of (415|400)/)
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  const target = { id: 'capd-proposal', title: 'The CAPD Proposal to the 2022 CPPCC' }
  await studio.exhibitInList(target.title).click()

  // An HTML page named .mp3 is refused by its bytes.
  await studio
    .narrationUpload('English')
    .setInputFiles({ name: 'narration.mp3', mimeType: 'audio/mpeg', buffer: htmlPage() })
  await expect(studio.narration('English').getByRole('alert')).toContainText(
    '"narration.mp3" is not a JPEG, PNG, WebP, GLB, Ogg, MP3, M4A or WAV file (it is a web page)',
  )
  // A typed path naming no file is refused at save, with the field and the reason.
  await studio.type(
    'Narration recording path · English (a file under media/; empty for none)',
    'media/narration/nowhere-en.ogg',
  )
  await studio.save()
  await expect(studio.alert.filter({ hasText: 'would not be valid' })).toContainText(
    '"media/narration/nowhere-en.ogg" does not exist on the server',
  )
  await studio.undo()

  // An uploaded recording: checked, heard, kept.
  await studio.narrationUpload('English').setInputFiles({ name: 'take-1.wav', mimeType: 'audio/wav', buffer: wav(4) })
  await expect(studio.narration('English')).toContainText('New recording, 4.0 s')
  await studio.narration('English').getByRole('button', { name: 'Keep this recording · English' }).click()
  await expect(studio.narration('English')).toContainText(/Now: media\/[0-9a-f]{24}\.wav/)

  // A recording made with the (fake) microphone, stopped once it has run past the 1 s the server asks for.
  await studio.narration('中文').getByRole('button', { name: 'Record with the microphone · 中文' }).click()
  await expect(studio.narration('中文').getByRole('status')).toHaveText(/Recording/)
  await hall.page.waitForTimeout(3000)
  await studio.narration('中文').getByRole('button', { name: 'Stop recording · 中文' }).click()
  await expect(studio.narration('中文')).toContainText(/New recording, [2-9]\.\d s/)
  await studio.narration('中文').getByRole('button', { name: 'Keep this recording · 中文' }).click()
  await expect(studio.narration('中文')).toContainText(/Now: media\/[0-9a-f]{24}\.m4a/)
  await hall.page.screenshot({ path: test.info().outputPath('studio-narration.png'), fullPage: true })
  await studio.save()
  await expect(studio.saved).toBeVisible()
  await studio.publish()
  await expect(studio.published).toBeVisible()

  const published = await publishedExhibition(request)
  const visitor = new HallPage(await browser.newPage())
  for (const language of ['en', 'zh'] as const) {
    await visitor.open(`?exhibit=${target.id}&lang=${language}`)
    await visitor.waitForHall()
    const captions = visitor.page.getByRole('region', { name: language === 'en' ? 'Captions' : '字幕' })
    const narration = published.exhibits.find((exhibit) => exhibit.id === target.id)?.narration[language] ?? ''
    await expect(captions.locator('[aria-live="polite"]')).toHaveText(captionSentences(narration)[0] ?? '')
    await captions.getByRole('button', { name: language === 'en' ? 'Play narration' : '播放旁白' }).click()
    await expect
      .poll(async () => (await visitor.diagnostics())?.narration?.audio?.currentTime ?? 0)
      .toBeGreaterThan(0.5)
    expect((await visitor.diagnostics())?.narration?.audio?.src ?? '').toMatch(language === 'en' ? /\.wav$/ : /\.m4a$/)
  }
  await visitor.page.close()
})
