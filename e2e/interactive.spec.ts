import AxeBuilder from '@axe-core/playwright'
import type { Locator } from '@playwright/test'
import { expect, test } from './support/fixtures'
import type { HallPage } from './support/HallPage'
import { VRPage } from './support/VRPage'

/** The first number after `label` in a text, e.g. figure(text, 'Peak:') → 22.1. */
function figure(text: string, label: string): number {
  const at = text.indexOf(label)
  const match = at < 0 ? null : /-?\d+(?:\.\d+)?/.exec(text.slice(at + label.length))
  if (!match) throw new Error(`no "${label}" figure in: ${text}`)
  return Number(match[0])
}

async function openExhibit(hall: HallPage, id: string): Promise<Locator> {
  await hall.open(`?exhibit=${id}&lang=en`)
  await hall.waitForHall()
  const section = hall.panel.getByRole('region', { name: 'Try it' })
  await expect(section).toBeVisible()
  return section
}

test.describe('interactive exhibits on a desktop', () => {
  test('latency: more delay spreads the participants apart, jitter swaps the order of events', async ({ hall }) => {
    const section = await openExhibit(hall, 'events-in-sync')
    const result = section.getByRole('status')
    const delay = section.getByRole('slider', { name: /Network delay/ })
    const jitter = section.getByRole('slider', { name: /Jitter/ })

    // By keyboard: no delay and no jitter, and everyone sees the events together, in order.
    await jitter.focus()
    await hall.page.keyboard.press('Home')
    await delay.focus()
    await hall.page.keyboard.press('Home')
    await expect(result).toContainText('Everyone saw the events at the same moment')

    await hall.page.keyboard.press('ArrowRight')
    await hall.page.keyboard.press('ArrowRight')
    await expect(section.getByText('Network delay: 40 ms')).toBeVisible()
    const small = figure((await result.textContent()) ?? '', 'saw A')
    await hall.page.keyboard.press('End')
    await expect(section.getByText('Network delay: 400 ms')).toBeVisible()
    const large = figure((await result.textContent()) ?? '', 'saw A')
    expect(small).toBe(32)
    expect(large).toBe(320)
    await expect(result).toContainText('0 of 4 participants saw the two events in the wrong order')

    // Strong jitter: within a few runs someone sees the second hand before the first.
    await jitter.focus()
    await hall.page.keyboard.press('End')
    await expect(section.getByText('Jitter: ±150 ms')).toBeVisible()
    for (let run = 0; run < 8 && (await section.getByText('(saw B first!)').count()) === 0; run++) {
      await section.getByRole('button', { name: 'Run again' }).click()
    }
    await expect(section.getByText('(saw B first!)').first()).toBeVisible()
    expect(figure((await result.textContent()) ?? '', 'apart.')).toBeGreaterThan(0)
  })

  test('tactile: playing a pattern lights its pulses in time and starts the sound', async ({ hall }) => {
    const section = await openExhibit(hall, 'touch-at-a-distance')
    const result = section.getByRole('status')
    await expect(result).toHaveText('Nothing played yet.')
    await section.getByRole('button', { name: 'Play: Heartbeat' }).click()
    await expect(section.getByRole('button', { name: 'Play: Heartbeat' })).toHaveAttribute('aria-pressed', 'true')
    // The visual equivalent: one block lit at a time while the pattern plays.
    await expect(section.getByTestId('pulse-row').locator('.pulse-block.active')).toHaveCount(1)
    await expect(result).toContainText('Playing "Heartbeat"')
    await expect(result).toContainText('Sound: playing')
    await expect(result).toContainText('Played "Heartbeat": 4 pulses in 1.06 s.')
    await expect(section.getByTestId('pulse-row').locator('.pulse-block.active')).toHaveCount(0)
    // Another pattern has its own shape.
    await section.getByRole('button', { name: 'Play: Knock' }).click()
    await expect(section.getByTestId('pulse-row').locator('.pulse-block')).toHaveCount(3)
    await expect(result).toContainText('Played "Knock": 3 pulses')
  })

  test('market: manipulation blows a bubble, monitoring flags it and keeps the peak down', async ({ hall }) => {
    const section = await openExhibit(hall, 'bubble-and-oversight')
    const result = section.getByRole('status')
    const peak = async () => figure((await result.textContent()) ?? '', 'Peak:')
    const honest = await peak()
    await expect(result).not.toContainText('Wash trades')

    // By keyboard: Space ticks the box.
    await section.getByRole('checkbox', { name: /Manipulation/ }).focus()
    await hall.page.keyboard.press('Space')
    await expect(result).toContainText('Wash trades')
    await expect(result).toContainText('Monitoring: off; no one notices.')
    const pumped = await peak()
    expect(pumped).toBeGreaterThan(honest * 4)
    expect(figure((await result.textContent()) ?? '', 'the last buyers lose')).toBeGreaterThan(50)

    await section.getByRole('checkbox', { name: /monitoring/ }).check()
    await expect(result).toContainText(/Monitoring flagged day \d+: trades between linked accounts/)
    const watched = await peak()
    expect(watched).toBeLessThan(pumped / 4)
    await expect(section.getByRole('img', { name: /Price curve/ })).toBeVisible()
  })

  test('privacy: live figures follow the visitor looking around, and are gone once they leave', async ({ hall }) => {
    const section = await openExhibit(hall, 'motion-and-privacy')
    const figures = section.getByTestId('privacy-figures')
    const read = async (label: string) => figure((await figures.textContent()) ?? '', label)
    await expect(figures).toContainText('Recorded')
    const before = await read('Head turned left and right:')

    // Looking around with the arrow keys turns the view, and the figure follows.
    const start = await hall.pose()
    await hall.holdKeyUntil('ArrowLeft', (pose) => pose.yaw > start.yaw + 0.8)
    await expect.poll(() => read('Head turned left and right:')).toBeGreaterThan(before + 30)
    await hall.page.mouse.move(300, 300)
    await hall.page.mouse.move(500, 400, { steps: 5 })
    await expect.poll(() => read('Mouse moved:')).toBeGreaterThan(100)
    await expect.poll(() => read('samples')).toBeGreaterThan(20)
    const recorded = await read('samples')

    // Nothing of it was stored in the browser: the only thing kept is the visitor's display preferences.
    const stored = await hall.page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)])
    expect(stored.filter((key) => key !== 'metaverse-hall:preferences')).toEqual([])

    // Leaving the exhibit discards it: the figures are gone, and on return they start again from nothing.
    await hall.panel.getByRole('button', { name: 'Close' }).click()
    await expect(figures).toHaveCount(0)
    const reopened = Date.now()
    await hall.exhibitLink('Try It: What Your Motion Reveals').click()
    await expect(figures).toBeVisible()
    // The log samples ten times a second: a fresh one holds no more than the time since reopening allows (a loaded
    // machine takes seconds to get here), and fewer than were recorded before.
    expect(await read('samples')).toBeLessThanOrEqual(Math.min(recorded - 1, (Date.now() - reopened) / 100 + 2))
  })
})

test('the interactive panels pass axe-core in both languages', async ({ hall }) => {
  // The panels are HTML: checked without the 3D hall (as a browser without WebGL shows them), which loads fast.
  await hall.page.addInitScript(() => {
    HTMLCanvasElement.prototype.getContext = () => null
  })
  for (const id of ['events-in-sync', 'touch-at-a-distance', 'bubble-and-oversight', 'motion-and-privacy']) {
    for (const language of ['en', 'zh']) {
      await hall.open(`?exhibit=${id}&lang=${language}`)
      await expect(hall.panel.locator('section.interactive')).toBeVisible()
      const result = await new AxeBuilder({ page: hall.page })
        .include('.exhibit-panel')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      const found = result.violations.map((violation) => `${id} (${language}) ${violation.id}: ${violation.help}`)
      expect(found).toEqual([])
    }
  }
})

// A small window: the emulated headset renders both eyes into the page canvas, in software.
test.describe('interactive exhibits in a headset', () => {
  test.use({ viewport: { width: 800, height: 500 } })
  test.describe.configure({ timeout: 240_000 })

  async function enterWith(hall: HallPage, id: string, type: string): Promise<VRPage> {
    const vr = new VRPage(hall)
    await vr.open(`&exhibit=${id}`)
    await vr.enter()
    await expect.poll(async () => (await vr.xr()).panel?.exhibitId).toBe(id)
    await expect.poll(async () => (await vr.xr()).interactive?.type).toBe(type)
    return vr
  }
  const readout = async (vr: VRPage) => (await vr.xr()).interactive?.readout ?? ''

  test('latency: the trigger on "Delay +" raises the delay and widens the spread', async ({ hall }) => {
    const vr = await enterWith(hall, 'events-in-sync', 'latency')
    await expect.poll(() => readout(vr)).toContain('Network delay: 40 ms')
    const before = figure(await readout(vr), 'saw A')
    await vr.pressButton('latency-delay-up')
    await expect.poll(() => readout(vr)).toContain('Network delay: 140 ms')
    expect(figure(await readout(vr), 'saw A')).toBeGreaterThan(before + 50)
    await vr.pressButton('latency-jitter-down')
    await expect.poll(() => readout(vr)).toContain('Jitter: ±0 ms')
    expect(figure(await readout(vr), 'saw A')).toBe(112)
  })

  test('tactile: the trigger on a pattern buzzes both controllers with it', async ({ hall }) => {
    const vr = await enterWith(hall, 'touch-at-a-distance', 'tactile')
    await vr.pressButton('tactile-knock')
    // The knock's pulses (85% for 45 ms), not the short tick a ray gives when it reaches a button.
    await expect.poll(() => vr.lastHapticPulse('right')).toEqual({ value: 0.85, duration: 45 })
    await expect.poll(() => vr.lastHapticPulse('left')).toEqual({ value: 0.85, duration: 45 })
    await expect.poll(() => readout(vr)).toContain('Played "Knock": 3 pulses')
  })

  test('market: the trigger switches manipulation and monitoring, and the result follows', async ({ hall }) => {
    const vr = await enterWith(hall, 'bubble-and-oversight', 'market')
    const honest = figure(await readout(vr), 'Peak:')
    await vr.pressButton('market-manipulation')
    await expect.poll(() => readout(vr)).toContain('Wash trades')
    const pumped = figure(await readout(vr), 'Peak:')
    expect(pumped).toBeGreaterThan(honest * 4)
    await vr.pressButton('market-monitoring')
    await expect.poll(() => readout(vr)).toMatch(/Monitoring flagged day \d+/)
    expect(figure(await readout(vr), 'Peak:')).toBeLessThan(pumped / 4)
  })

  test('privacy: head and hand motion show live, and closing the panel drops them', async ({ hall }) => {
    const vr = await enterWith(hall, 'motion-and-privacy', 'privacy')
    await expect.poll(() => readout(vr)).toContain('Eye height above the floor')
    const turned = figure(await readout(vr), 'Head turned left and right:')
    await vr.turnHead(1)
    await vr.turnHead(0)
    await expect.poll(async () => figure(await readout(vr), 'Head turned left and right:')).toBeGreaterThan(turned + 90)
    // The right hand swings out and back while the left stays still: the right is the busier hand.
    const moved = figure(await readout(vr), 'Right hand moved')
    await vr.aimAt('right', [0, 1, 0], [0.6, 1.3, -0.3])
    await vr.aimAt('right', [0, 1, 0], [0.2, 1.3, -0.3])
    await expect.poll(async () => figure(await readout(vr), 'Right hand moved')).toBeGreaterThan(moved + 0.5)
    await expect.poll(() => readout(vr)).toContain('You use your right hand more.')

    await vr.pressButton('panel-close')
    await expect.poll(async () => (await vr.xr()).interactive).toBeNull()
  })
})
