import { cueIndexAt, cuesOver } from '../src/captions/cues'
import { captionSentences } from '../src/content/narration'
import { inTourOrder, narrated, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'
import { VRPage } from './support/VRPage'

test.describe('captions on the desktop', () => {
  test('an opened exhibit shows its narration as captions, a sentence at a time; hiding them is remembered', async ({
    hall,
    request,
  }) => {
    const exhibition = await publishedExhibition(request)
    const exhibit = inTourOrder(exhibition).find((candidate) => !candidate.audio?.en)
    if (!exhibit) throw new Error('every exhibit has a recording')
    const sentences = captionSentences(exhibit.narration.en)
    await hall.open('?lang=en')
    await hall.waitForHall()
    const captions = hall.page.getByRole('region', { name: 'Captions' })
    await expect(captions).toBeHidden()

    await hall.exhibitLink(exhibit.title.en).click()
    const caption = captions.locator('[aria-live="polite"]')
    await expect(caption).toHaveText(sentences[0] ?? '')
    // Without a recording the captions move on at reading pace, and can be held.
    await expect(caption).toHaveText(sentences[1] ?? '', { timeout: 30_000 })
    await captions.getByRole('button', { name: 'Pause captions' }).click()
    await hall.page.waitForTimeout(4000)
    await expect(caption).toHaveText(sentences[1] ?? '')

    await captions.getByRole('button', { name: 'Hide captions' }).click()
    await expect(caption).toBeHidden()
    await hall.page.reload()
    await hall.waitForHall()
    await hall.exhibitLink(exhibit.title.en).click()
    await expect(captions.getByRole('button', { name: 'Show captions' })).toBeVisible()
    await expect(captions.locator('[aria-live="polite"]')).toBeHidden()
    await captions.getByRole('button', { name: 'Show captions' }).click()
    await expect(captions.locator('[aria-live="polite"]')).toHaveText(sentences[0] ?? '')
  })

  test('a recorded narration plays, with its captions following the recording, and pauses', async ({
    hall,
    request,
  }) => {
    const exhibition = await publishedExhibition(request)
    const [exhibit] = narrated(exhibition, 'en')
    if (!exhibit) throw new Error('no exhibit has an English recording')
    const sentences = captionSentences(exhibit.narration.en)
    await hall.open(`?exhibit=${exhibit.id}&lang=en`)
    await hall.waitForHall()
    const captions = hall.page.getByRole('region', { name: 'Captions' })
    const caption = captions.locator('[aria-live="polite"]')
    // A recording waits for the visitor: the first sentence shows, nothing plays.
    await expect(caption).toHaveText(sentences[0] ?? '')
    await hall.page.waitForTimeout(3000)
    await expect(caption).toHaveText(sentences[0] ?? '')

    await captions.getByRole('button', { name: 'Play narration' }).click()
    await expect.poll(async () => (await hall.diagnostics())?.narration?.audio?.currentTime ?? 0).toBeGreaterThan(0.5)
    const duration = (await hall.diagnostics())?.narration?.audio?.duration ?? 0
    expect(duration).toBeGreaterThan(5)
    // The second caption comes when the recording reaches the second sentence, not before.
    const cues = cuesOver(sentences, duration)
    await expect(caption).toHaveText(sentences[1] ?? '', { timeout: 30_000 })
    const reached = (await hall.diagnostics())?.narration?.audio?.currentTime ?? 0
    expect(reached).toBeGreaterThanOrEqual((cues[1]?.start ?? 0) - 0.05)
    expect(reached).toBeLessThan(cues[1]?.end ?? 0)

    await captions.getByRole('button', { name: 'Pause narration' }).click()
    await expect(captions.getByRole('button', { name: 'Play narration' })).toBeVisible()
    const paused = (await hall.diagnostics())?.narration?.audio?.currentTime ?? 0
    await hall.page.waitForTimeout(1500)
    expect((await hall.diagnostics())?.narration?.audio?.currentTime).toBeCloseTo(paused, 1)
  })
})

test.describe('captions in VR', () => {
  test.use({ viewport: { width: 800, height: 500 } })
  test.describe.configure({ timeout: 240_000 })

  test('the 3D panel shows the narration below it, and its recording plays with the captions following', async ({
    hall,
    request,
  }) => {
    const exhibition = await publishedExhibition(request)
    const [exhibit] = narrated(exhibition, 'en')
    if (!exhibit) throw new Error('no exhibit has an English recording')
    const sentences = captionSentences(exhibit.narration.en)
    const vr = new VRPage(hall)
    await vr.open()
    await vr.enter()
    await vr.openMenu()
    await vr.pressButton(`exhibit:${exhibit.id}`)
    await expect.poll(async () => (await vr.xr()).panel?.exhibitId).toBe(exhibit.id)
    await expect.poll(async () => (await vr.xr()).caption?.text).toBe(sentences[0])

    // Headset frames come slowly here, so the caption is compared with the recording while it is held: play until
    // the recording is into its second sentence, pause, and the caption shown must be the one it had reached.
    await vr.pressButton('narration-toggle')
    await expect.poll(async () => (await hall.diagnostics())?.narration?.status).toBe('playing')
    const duration = (await hall.diagnostics())?.narration?.audio?.duration ?? 0
    expect(duration).toBeGreaterThan(5)
    const cues = cuesOver(sentences, duration)
    await expect
      .poll(async () => (await hall.diagnostics())?.narration?.audio?.currentTime ?? 0)
      .toBeGreaterThan(cues[1]?.start ?? 0)
    await vr.pressButton('narration-toggle')
    await expect.poll(async () => (await hall.diagnostics())?.narration?.status).not.toBe('playing')
    const time = (await hall.diagnostics())?.narration?.audio?.currentTime ?? 0
    const cue = cueIndexAt(cues, time)
    expect(cue).toBeGreaterThan(0)
    await expect.poll(async () => (await vr.xr()).caption?.text).toBe(sentences[cue])
  })
})
