import type { Locator, Page } from '@playwright/test'

/** The studio's floor plan and hall layout panel, in a curator's words: tools, walls, doorways, zones, warnings. */
export class HallLayoutPanel {
  readonly panel: Locator
  readonly plan: Locator
  readonly warnings: Locator
  readonly refusal: Locator
  readonly publishConfirm: Locator

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Hall layout' })
    this.plan = page.locator('svg.floor-plan')
    this.warnings = page.getByRole('list', { name: 'Layout warnings' })
    this.refusal = this.panel.getByRole('alert')
    this.publishConfirm = page.getByRole('alertdialog', { name: 'Publish with exhibits no one can reach?' })
  }

  async tool(name: 'Move stands' | 'Draw walls' | 'Add doorways'): Promise<void> {
    await this.page.getByRole('group', { name: 'Plan tool' }).getByRole('button', { name }).click()
  }

  /** Where a point of the floor plan (metres) is on the screen. */
  async onScreen([x, z]: readonly [number, number]): Promise<{ x: number; y: number }> {
    return this.plan.evaluate(
      (svg, [px, pz]) => {
        const matrix = (svg as SVGSVGElement).getScreenCTM()
        if (!matrix) throw new Error('the plan is not on screen')
        const point = new DOMPoint(px, pz).matrixTransform(matrix)
        return { x: point.x, y: point.y }
      },
      [x, z] as const,
    )
  }

  /** Presses at one point of the plan and releases at another, in steps, as a hand would. */
  async drag(from: readonly [number, number], to: readonly [number, number]): Promise<void> {
    await this.plan.scrollIntoViewIfNeeded()
    const a = await this.onScreen(from)
    const b = await this.onScreen(to)
    await this.page.mouse.move(a.x, a.y)
    await this.page.mouse.down()
    await this.page.mouse.move(b.x, b.y, { steps: 8 })
    await this.page.mouse.up()
  }

  async clickPlan(point: readonly [number, number]): Promise<void> {
    await this.plan.scrollIntoViewIfNeeded()
    const { x, y } = await this.onScreen(point)
    await this.page.mouse.click(x, y)
  }

  wall(number: number): Locator {
    return this.panel.getByRole('group', { name: `Wall ${number}`, exact: true })
  }

  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true })
  }

  /** Types into a layout field and commits it, as leaving the field does. */
  async set(label: string, value: string): Promise<void> {
    const field = this.field(label)
    await field.fill(value)
    await field.press('Enter')
  }
}
