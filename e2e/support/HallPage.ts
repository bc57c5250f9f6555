import { expect, type Locator, type Page } from '@playwright/test'
import type { HallDiagnostics } from '../../src/diagnostics/diagnostics'

/** What the hall reports after each frame. */
export type Diagnostics = HallDiagnostics

/** The visitor's view of the exhibition, in the words a visitor would use. */
export class HallPage {
  /** Console errors a test causes on purpose (a missing file, say); none are expected by default. */
  readonly expectedErrors: RegExp[] = []

  readonly hall: Locator
  readonly canvas: Locator
  readonly panel: Locator
  readonly exhibitList: Locator
  readonly loading: Locator

  constructor(readonly page: Page) {
    this.hall = page.getByRole('application')
    this.canvas = this.hall.locator('canvas')
    this.panel = page.getByRole('complementary')
    this.exhibitList = page.getByRole('navigation')
    this.loading = page.getByRole('progressbar')
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`)
  }

  /** Waits until the hall has drawn its first complete frame and the loading screen is gone. */
  async waitForHall(): Promise<void> {
    await expect.poll(async () => (await this.diagnostics())?.firstFrameMs ?? null, { timeout: 60_000 }).not.toBeNull()
    await expect(this.loading).toBeHidden()
  }

  async diagnostics(): Promise<Diagnostics | null> {
    return this.page.evaluate(() => (window.__hallDiagnostics ? structuredClone(window.__hallDiagnostics) : null))
  }

  async pose(): Promise<Diagnostics['pose']> {
    const report = await this.diagnostics()
    if (!report) throw new Error('the hall reports no diagnostics')
    return report.pose
  }

  /**
   * Holds a key until `done` says the visitor got where the test wanted (software-rendered frames come slowly, so
   * a fixed time would test the machine, not the hall), then releases it.
   */
  async holdKeyUntil(key: string, done: (pose: Diagnostics['pose']) => boolean, timeout = 30_000): Promise<void> {
    await this.hall.focus()
    await this.page.keyboard.down(key)
    try {
      await expect.poll(async () => done(await this.pose()), { timeout }).toBe(true)
    } finally {
      await this.page.keyboard.up(key)
    }
  }

  /**
   * Holds a key for a time. Only where a condition cannot say when to stop: running along a wall into a corner
   * creeps by fractions of a millimetre per frame for a while, so "stopped moving" is not yet a usable signal there.
   */
  async holdKey(key: string, milliseconds: number): Promise<void> {
    await this.hall.focus()
    await this.page.keyboard.down(key)
    await this.page.waitForTimeout(milliseconds)
    await this.page.keyboard.up(key)
  }

  /**
   * Holds a key while the visitor pushes against something (a wall, a stand) until they stop getting anywhere: the
   * pose moves less than a millimetre (or a thousandth of a radian) while the hall draws `frames` frames with the key
   * down. Those frames are the condition, not a time: each frame the key is down would have moved them on.
   */
  async holdKeyUntilBlocked(key: string, frames = 10, timeout = 30_000): Promise<void> {
    const still = { pose: await this.pose(), frames: Number.POSITIVE_INFINITY }
    await this.hall.focus()
    await this.page.keyboard.down(key)
    try {
      await expect
        .poll(
          async () => {
            const report = await this.diagnostics()
            if (!report) return false
            const { pose } = report
            const moved = Math.hypot(pose.x - still.pose.x, pose.z - still.pose.z) > 0.001
            if (moved || Math.abs(pose.yaw - still.pose.yaw) > 0.001) {
              still.pose = pose
              still.frames = report.frames
            } else still.frames = Math.min(still.frames, report.frames)
            return report.frames - still.frames >= frames
          },
          { timeout, intervals: [50] },
        )
        .toBe(true)
    } finally {
      await this.page.keyboard.up(key)
    }
  }

  /** Waits until the visitor has stopped walking, turning or gliding, and returns where they stand. */
  async settledPose(): Promise<Diagnostics['pose']> {
    await expect.poll(async () => (await this.diagnostics())?.moving, { timeout: 30_000 }).toBe(false)
    return this.pose()
  }

  exhibitLink(title: string): Locator {
    return this.exhibitList.getByRole('link', { name: title, exact: true })
  }

  panelHeading(): Locator {
    return this.panel.getByRole('heading', { level: 2 })
  }
}
