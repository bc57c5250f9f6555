import { expect, studioTest as test } from './support/fixtures'
import { StudioPage } from './support/StudioPage'

test('the studio shows Chinese in the project’s own font, fetched from its own origin, on a machine without one', async ({
  hall,
  studioServer,
}) => {
  const fonts: string[] = []
  hall.page.on('requestfinished', (finished) => {
    if (finished.resourceType() === 'font') fonts.push(finished.url())
  })
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  // The selected exhibit's Chinese title is on screen.
  const title = await studio.field('Title · 中文').inputValue()
  expect(title).toMatch(/\p{Script=Han}/u)
  // The glyphs on screen are drawn from the project's Noto Sans SC, whichever fonts the machine has installed.
  await expect
    .poll(() =>
      hall.page.evaluate(
        (text) => document.fonts.check(`16px "Noto Sans SC"`, text) && document.fonts.status === 'loaded',
        title,
      ),
    )
    .toBe(true)
  const loaded = await hall.page.evaluate(
    () => [...document.fonts].filter((face) => face.family.includes('Noto Sans SC') && face.status === 'loaded').length,
  )
  expect(loaded, 'slices of the Chinese font in use').toBeGreaterThan(0)
  expect(fonts.length).toBeGreaterThan(0)
  for (const url of fonts) expect(new URL(url).origin).toBe(studioServer.origin)
})
