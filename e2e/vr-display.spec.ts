import { inTourOrder, publishedExhibition } from './support/content'
import { expect, test } from './support/fixtures'
import { VRPage } from './support/VRPage'

test.use({ viewport: { width: 800, height: 500 } })

test.describe('display options in VR', () => {
  test.describe.configure({ timeout: 240_000 })

  test('text size, high contrast and captions, chosen in the VR menu, change the menu, the panel and the captions', async ({
    hall,
    request,
  }) => {
    const [, exhibit] = inTourOrder(await publishedExhibition(request))
    if (!exhibit) throw new Error('too few exhibits')
    const vr = new VRPage(hall)
    await vr.open()
    await vr.enter()
    const openExhibit = async () => {
      await vr.openMenu()
      await vr.pressButton(`exhibit:${exhibit.id}`)
      await expect.poll(async () => (await vr.xr()).panel?.exhibitId).toBe(exhibit.id)
      await expect.poll(async () => (await vr.xr()).caption?.text).not.toBe('')
      return vr.xr()
    }
    const before = await openExhibit()
    expect(before.panel?.style).toEqual({ fontSize: 0.032, ink: '#1d2433', paper: '#fbfaf7' })
    expect(before.caption?.style.fontSize).toBeCloseTo(0.032, 6)

    await vr.openMenu()
    const menuBefore = (await vr.xr()).menuStyle
    await vr.pressButton('text-size')
    await vr.pressButton('text-size')
    await vr.pressButton('high-contrast')
    await expect.poll(async () => (await vr.xr()).menuStyle?.ink).toBe('#000000')
    const menuAfter = (await vr.xr()).menuStyle
    expect(menuAfter?.fontSize).toBeCloseTo((menuBefore?.fontSize ?? 0) * 1.5, 6)
    expect(menuAfter?.paper).toBe('#ffffff')
    await vr.pressButton('menu-close')

    const after = await openExhibit()
    expect(after.panel?.style.fontSize).toBeCloseTo(0.048, 6)
    expect(after.panel?.style).toMatchObject({ ink: '#000000', paper: '#ffffff' })
    // Larger type, same board: the text runs to more pages rather than off the panel.
    expect(after.panel?.pages ?? 0).toBeGreaterThan(before.panel?.pages ?? 0)
    expect(after.caption?.style).toEqual({ fontSize: expect.closeTo(0.048, 6), ink: '#ffffff', paper: '#000000' })

    // Captions can be turned off from the menu: the strip under the panel goes.
    await vr.openMenu()
    await vr.pressButton('captions')
    await vr.pressButton('menu-close')
    await expect.poll(async () => (await vr.xr()).caption?.text).toBe('')

    // The same choices hold on the desktop once the visitor leaves VR.
    await vr.exit()
    await hall.page.getByRole('button', { name: 'Display' }).click()
    await expect(hall.page.getByLabel('Text size')).toHaveValue('1.5')
    await expect(hall.page.getByLabel('High contrast')).toBeChecked()
    await expect(hall.page.getByRole('checkbox', { name: 'Captions' })).not.toBeChecked()
  })
})
