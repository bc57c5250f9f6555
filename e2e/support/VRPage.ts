import { expect, type Page } from '@playwright/test'
import type { Exhibit, Language } from '../../src/content/schema'
import type { XRDiagnostics } from '../../src/diagnostics/diagnostics'
import type { HallPage } from './HallPage'

export type Hand = 'left' | 'right'
type Vec3 = [number, number, number]

/** A point on the face of an exhibit's board, at eye level: where a visitor points to read it. */
export function boardFace(exhibit: Exhibit): Vec3 {
  const yaw = (exhibit.rotation * Math.PI) / 180
  const [x, z] = exhibit.position
  return [x + Math.sin(yaw) * 0.16, 1.4, z + Math.cos(yaw) * 0.16]
}

/** Where the emulated controllers are held, in the play area's frame: chest height, a little ahead. */
const HELD: Record<Hand, Vec3> = { left: [-0.2, 1.3, -0.3], right: [0.2, 1.3, -0.3] }

/**
 * XR frames after which a visitor entering VR stands where they stood on the desktop: the head is moved there once
 * the headset's pose is known (the third frame), and panels placed in front of it follow two frames later.
 */
const ARRIVAL_FRAMES = 8

/** The Enter VR button's label as a visitor reads it, in each language of the hall. */
const ENTER_VR: Record<Language, string> = { en: 'Enter VR', zh: '进入 VR' }

/**
 * A headset visitor, on the hall opened with IWER emulating a Meta Quest 3 (`?xr-emulate=quest3`). Controllers and
 * hands are moved and pressed through the emulated device, as a visitor would move and press them.
 */
export class VRPage {
  readonly page: Page

  constructor(readonly hall: HallPage) {
    this.page = hall.page
  }

  /** Opens the hall with the emulated headset; `extra` adds to the query (`&exhibit=...` opens an exhibit). */
  async open(extra = ''): Promise<void> {
    await this.hall.open(`?xr-emulate=quest3&lang=en${extra}`)
    await this.hall.waitForHall()
  }

  /** The Enter VR button, labelled in `language` (the tests' visitors read English unless they chose 中文). */
  enterButton(language: Language = 'en') {
    return this.page.getByRole('button', { name: ENTER_VR[language], exact: true })
  }

  /** The language the hall is shown in, as the page declares it (`<html lang>`). */
  async language(): Promise<Language> {
    const lang = await this.page.evaluate(() => document.documentElement.lang)
    return lang.startsWith('zh') ? 'zh' : 'en'
  }

  async xr(): Promise<XRDiagnostics> {
    const report = await this.hall.diagnostics()
    if (!report) throw new Error('the hall reports no diagnostics')
    return report.xr
  }

  /** Enters VR and waits until the visitor has been placed where they stood: presenting, and arrived. */
  async enter(): Promise<void> {
    await this.enterButton(await this.language()).click()
    await expect.poll(async () => (await this.xr()).presenting).toBe(true)
    await this.xrFrames(ARRIVAL_FRAMES)
  }

  /**
   * Waits until the immersive session has shown `count` more frames, counted by the session's own
   * `requestAnimationFrame`: every one of them is a frame the hall drew for the headset.
   */
  async xrFrames(count: number): Promise<void> {
    await this.page.evaluate(
      (count) =>
        new Promise<void>((resolve, reject) => {
          const session = window.__xrDevice?.activeSession
          if (!session) {
            reject(new Error('no immersive session'))
            return
          }
          let left = count
          const ended = () => reject(new Error(`the session ended ${left} frames early`))
          session.addEventListener('end', ended, { once: true })
          const onFrame = () => {
            left -= 1
            if (left > 0) session.requestAnimationFrame(onFrame)
            else {
              session.removeEventListener('end', ended)
              resolve()
            }
          }
          session.requestAnimationFrame(onFrame)
        }),
      count,
    )
  }

  /** Waits until the hall has drawn `count` more frames (XR frames while in VR). */
  async frames(count: number): Promise<void> {
    const start = (await this.hall.diagnostics())?.frames ?? 0
    await expect.poll(async () => (await this.hall.diagnostics())?.frames ?? 0).toBeGreaterThanOrEqual(start + count)
  }

  /** Holds a controller (or hand) at `position` in the play area's frame, pointing towards world point `target`. */
  async aimAt(hand: Hand, target: Vec3, position: Vec3 = HELD[hand]): Promise<void> {
    const { origin } = await this.xr()
    // World to play-area frame: undo the play area's position, then its yaw.
    const cos = Math.cos(origin.yaw)
    const sin = Math.sin(origin.yaw)
    const wx = target[0] - origin.x
    const wz = target[2] - origin.z
    const local: Vec3 = [wx * cos - wz * sin, target[1] - origin.y, wx * sin + wz * cos]
    const d = local.map((value, i) => value - (position[i] ?? 0))
    const length = Math.hypot(d[0] ?? 0, d[1] ?? 0, d[2] ?? 0)
    const [bx, by, bz] = d.map((value) => value / length) as Vec3
    // The rotation taking the pointing direction -z onto (bx, by, bz).
    const norm = Math.hypot(by, bx, 1 - bz)
    const quaternion: [number, number, number, number] = [by / norm, -bx / norm, 0, (1 - bz) / norm]
    await this.page.evaluate(
      ({ hand, position, quaternion }) => {
        const device = window.__xrDevice
        if (!device) throw new Error('no emulated headset')
        const input = device.primaryInputMode === 'hand' ? device.hands[hand] : device.controllers[hand]
        input?.position.set(position[0], position[1], position[2])
        input?.quaternion.set(quaternion[0], quaternion[1], quaternion[2], quaternion[3])
      },
      { hand, position, quaternion },
    )
    await this.frames(3)
  }

  /** Presses and releases a controller button, a few XR frames apart so the press is seen. */
  async press(hand: Hand, button: string): Promise<void> {
    await this.button(hand, button, 1)
    await this.frames(3)
    await this.button(hand, button, 0)
    await this.frames(3)
  }

  async button(hand: Hand, button: string, value: number): Promise<void> {
    await this.page.evaluate(
      ({ hand, button, value }) => {
        window.__xrDevice?.controllers[hand]?.updateButtonValue(button, value)
      },
      { hand, button, value },
    )
  }

  async stick(hand: Hand, x: number, y: number): Promise<void> {
    await this.page.evaluate(
      ({ hand, x, y }) => {
        window.__xrDevice?.controllers[hand]?.updateAxes('thumbstick', x, y)
      },
      { hand, x, y },
    )
  }

  /** Switches the emulated headset between controllers and tracked hands. */
  async useHands(hands: boolean): Promise<void> {
    await this.page.evaluate((hands) => {
      const device = window.__xrDevice
      if (device) device.primaryInputMode = hands ? 'hand' : 'controller'
    }, hands)
    await this.frames(3)
  }

  async pinch(hand: Hand): Promise<void> {
    const set = (value: number) =>
      this.page.evaluate(({ hand, value }) => window.__xrDevice?.hands[hand]?.updatePinchValue(value), { hand, value })
    await set(1)
    await this.frames(3)
    await set(0)
    await this.frames(3)
  }

  /** Points the right controller at a 3D button by its id and pulls the trigger. */
  async pressButton(id: string): Promise<void> {
    await this.aimAtButton(id)
    await this.press('right', 'trigger')
  }

  async aimAtButton(id: string): Promise<void> {
    await expect.poll(async () => Boolean((await this.xr()).buttons[id]), { message: `button ${id}` }).toBe(true)
    const position = (await this.xr()).buttons[id]
    if (!position) throw new Error(`no button ${id}`)
    await this.aimAt('right', position)
  }

  async openMenu(): Promise<void> {
    await this.press('left', 'y-button')
    await expect.poll(async () => (await this.xr()).menuOpen).toBe(true)
    await this.frames(3)
  }

  async exit(): Promise<void> {
    if (!(await this.xr()).menuOpen) await this.openMenu()
    await this.aimAtButton('exit-vr')
    // The session ends on the press, and XR frames stop with it: release without waiting for more.
    await this.button('right', 'trigger', 1)
    await expect.poll(async () => (await this.xr()).presenting).toBe(false)
    await this.button('right', 'trigger', 0)
  }

  /**
   * The last pulse the page asked of a controller's haptic motor, as IWER's emulated actuator recorded it (it keeps
   * `lastPulse` under its private `@iwer/gamepad` symbol; there is no public getter), or null if none.
   */
  async lastHapticPulse(hand: Hand): Promise<{ value: number; duration: number } | null> {
    return this.page.evaluate((hand) => {
      const source = (window.__xrDevice?.controllers[hand] as { inputSource?: XRInputSource } | undefined)?.inputSource
      const actuators = (source?.gamepad as { hapticActuators?: readonly object[] } | undefined)?.hapticActuators
      const actuator = actuators?.[0]
      if (!actuator) return null
      const key = Object.getOwnPropertySymbols(actuator).find((symbol) => symbol.description === '@iwer/gamepad')
      const state = key
        ? (actuator as Record<symbol, { lastPulse?: { value: number; duration: number } | null }>)[key]
        : null
      return state?.lastPulse ? { value: state.lastPulse.value, duration: state.lastPulse.duration } : null
    }, hand)
  }

  /** Turns the emulated headset to a yaw (radians, to the left), keeping it level. */
  async turnHead(yaw: number): Promise<void> {
    await this.page.evaluate((yaw) => {
      window.__xrDevice?.quaternion.set(0, Math.sin(yaw / 2), 0, Math.cos(yaw / 2))
    }, yaw)
    await this.frames(3)
  }
}
