import AxeBuilder from '@axe-core/playwright'
import type { Exhibition } from '../src/content/schema'
import { publishedExhibition } from './support/content'
import { cspViolations, watchCspViolations } from './support/csp'
import { expect, studioTest as test } from './support/fixtures'
import { HallPage } from './support/HallPage'
import { INJECTED, withPayloadInEveryText } from './support/hostileText'
import { StudioPage } from './support/StudioPage'
import { E2E_ADMIN } from './support/testServers'

// These tests change the exhibition the server publishes: each has a server and a data directory of its own
// (the studio fixtures), so they run in any order and one failing leaves the others as they were.

test('the studio workspace passes axe-core', async ({ hall }) => {
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  const result = await new AxeBuilder({ page: hall.page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(
    result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])
})

test('curator text is shown, never run: markdown renders, scripts and script links do not', async ({
  hall,
  request,
  browser,
}) => {
  const exhibition = await publishedExhibition(request)
  const target = exhibition.exhibits.at(-1)
  if (!target) throw new Error('no exhibits')
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  await studio.exhibitInList(target.title.en).click()
  await expect(studio.field('Title · English')).toHaveValue(target.title.en)
  const hostile =
    '**Bold words** and <script>window.__xss = 1</script>\n\n<img src="x" onerror="window.__xss = 2">\n\n[a link](javascript:window.__xss=3)'
  await studio.field('Title · English').fill('<b onmouseover="window.__xss=4">Title</b>')
  await studio.field('Title · English').blur()
  const body = studio.field(/^Full text .* · English$/)
  await body.fill(hostile)
  await body.blur()
  await studio.save()
  await expect(studio.saved).toBeVisible()
  await studio.publish()
  await expect(studio.published).toBeVisible()
  // The studio itself shows the text as typed, and ran none of it.
  expect(await hall.page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()

  const visitor = await browser.newPage()
  await visitor.goto(`/?exhibit=${target.id}&lang=en`)
  const panel = visitor.getByRole('complementary')
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('<b onmouseover="window.__xss=4">Title</b>')
  await expect(panel.locator('strong')).toHaveText('Bold words')
  await expect(panel.locator('script, img[src="x"]')).toHaveCount(0)
  const link = panel.getByRole('link', { name: 'a link' })
  expect(await link.getAttribute('href')).not.toMatch(/javascript:/i)
  await panel.getByRole('heading', { level: 2 }).hover()
  expect(await visitor.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined()
  await visitor.close()
})

test('script in every curator text field, published through the API, runs neither in the hall nor in the studio', async ({
  hall,
  request,
  browser,
}) => {
  // A curator's account used as an attacker would: straight at the API, every text field at once.
  const signIn = await request.post('/api/session', { data: { email: E2E_ADMIN.email, password: E2E_ADMIN.password } })
  expect(signIn.ok()).toBe(true)
  const { csrfToken } = (await signIn.json()) as { csrfToken: string }
  const headers = { 'X-CSRF-Token': csrfToken }
  const draft = (await (await request.get('/api/draft')).json()) as { version: number; document: Exhibition }
  const { document, fields } = withPayloadInEveryText(draft.document)
  expect(fields.length).toBeGreaterThan(100)
  const saved = await request.put('/api/draft', { headers, data: { baseVersion: draft.version, document } })
  expect(saved.status(), await saved.text()).toBe(200)
  expect((await request.post('/api/publish', { headers, data: {} })).status()).toBe(201)
  expect((await publishedExhibition(request)).title.en).toBe(document.title.en)

  // A visitor opens every exhibit's text: each shows the markup as text, and nothing of it runs.
  const visitor = await browser.newPage()
  await watchCspViolations(visitor)
  const visitorHall = new HallPage(visitor)
  await visitorHall.open('?lang=en')
  await visitorHall.waitForHall()
  const links = visitorHall.exhibitList.getByRole('link')
  const count = await links.count()
  expect(count).toBe(document.exhibits.length)
  // Each panel's heading is a title exactly as the curator typed it, markup and all, shown as text.
  const titles = new Set(document.exhibits.map((exhibit) => exhibit.title.en))
  const opened = new Set<string>()
  for (let index = 0; index < count; index++) {
    await links.nth(index).click()
    await expect
      .poll(async () => {
        const title = (await visitorHall.panelHeading().textContent()) ?? ''
        return titles.has(title) && !opened.has(title) ? title : null
      })
      .not.toBeNull()
    opened.add((await visitorHall.panelHeading().textContent()) ?? '')
    await expect(visitor.locator(INJECTED)).toHaveCount(0)
    for (const href of await visitorHall.panel
      .locator('a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href).not.toMatch(/^\s*javascript:/i)
    }
  }
  expect(opened.size).toBe(count)
  await visitor.goto(`/?exhibit=${document.exhibits[0]?.id}&lang=zh`)
  await expect(visitorHall.panelHeading()).toHaveText(document.exhibits[0]?.title.zh ?? '')
  await expect(visitor.locator(INJECTED)).toHaveCount(0)
  expect(await visitor.evaluate(() => window.__xssRan)).toBeUndefined()
  expect(await cspViolations(visitor)).toEqual([])
  await visitor.close()

  // The studio shows every field for editing, and the 3D preview draws the texts: nothing runs there either.
  await watchCspViolations(hall.page)
  const studio = new StudioPage(hall.page)
  await studio.signIn()
  const list = studio.exhibits
  for (let index = 0; index < (await list.count()); index++) {
    await list.nth(index).click()
    await expect(studio.field('Title · English')).toHaveValue(/<script>|<img|<svg|<iframe|javascript:|">/)
  }
  await studio.showPreview()
  await expect(studio.previewCanvas).toBeVisible()
  await studio.showHistory()
  await expect(hall.page.locator(INJECTED)).toHaveCount(0)
  expect(await hall.page.evaluate(() => window.__xssRan)).toBeUndefined()
  expect(await cspViolations(hall.page)).toEqual([])
})
