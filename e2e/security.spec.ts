import { cspViolations, watchCspViolations } from './support/csp'
import { expect, studioTest, test } from './support/fixtures'
import { imageStats } from './support/pixels'
import { StudioPage } from './support/StudioPage'
import { VRPage } from './support/VRPage'

/** The policy as the server sends it, directive by directive. */
function directives(header: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/)
    if (name) out.set(name, values)
  }
  return out
}

test.describe('the hall under its Content-Security-Policy', () => {
  test('is served with the security headers and draws with no violation', async ({ hall }) => {
    await watchCspViolations(hall.page)
    const response = await hall.page.goto('/?lang=en')
    const headers = response?.headers() ?? {}
    const policy = directives(headers['content-security-policy'] ?? null)
    expect(policy.get('default-src')).toEqual(["'self'"])
    // blob: for troika's text worker only; never inline or eval'd script.
    expect(policy.get('script-src')).toEqual(["'self'", 'blob:', "'wasm-unsafe-eval'"])
    expect(policy.get('frame-ancestors')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['cross-origin-opener-policy']).toBe('same-origin')
    expect(headers['permissions-policy']).toContain('xr-spatial-tracking=(self)')

    await hall.waitForHall()
    // The hall is really drawn (3D text included, which troika lays out in a blob: worker), not a blank canvas.
    await expect
      .poll(async () => (await imageStats(hall.page, await hall.canvas.screenshot())).colors, { timeout: 60_000 })
      .toBeGreaterThan(40)
    await hall.exhibitList.getByRole('link').first().click()
    await expect(hall.panelHeading()).toBeVisible()
    expect(await cspViolations(hall.page)).toEqual([])
  })

  test.describe('in VR', () => {
    test.use({ viewport: { width: 800, height: 500 } })
    test.describe.configure({ timeout: 240_000 })

    test('enters VR on the emulated headset with no violation', async ({ hall }) => {
      await watchCspViolations(hall.page)
      const vr = new VRPage(hall)
      await vr.open()
      await vr.enter()
      await vr.frames(10)
      expect((await vr.xr()).presenting).toBe(true)
      expect(await cspViolations(hall.page)).toEqual([])
    })
  })
})

studioTest.describe('the studio under its Content-Security-Policy', () => {
  studioTest('shows the sign-in form, signs in and draws the 3D preview with no violation', async ({ hall }) => {
    await watchCspViolations(hall.page)
    const response = await hall.page.goto('/studio/')
    expect(directives(response?.headers()['content-security-policy'] ?? null).get('default-src')).toEqual(["'self'"])
    await expect(hall.page.getByLabel('E-mail')).toBeVisible()
    await expect(hall.page.getByLabel('Password')).toBeVisible()
    await expect(hall.page.getByRole('button', { name: 'Sign in' })).toBeEnabled()
    expect(await cspViolations(hall.page)).toEqual([])

    await new StudioPage(hall.page).signIn()
    await hall.page.getByRole('button', { name: 'Show the 3D preview' }).click()
    const canvas = hall.page.locator('.studio-preview canvas')
    await expect
      .poll(async () => (await imageStats(hall.page, await canvas.screenshot())).colors, { timeout: 60_000 })
      .toBeGreaterThan(40)
    expect(await cspViolations(hall.page)).toEqual([])
  })
})
