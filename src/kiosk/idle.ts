/**
 * When a kiosk resets the visit, as plain functions of time: the hook (./useKioskClock) only feeds them the clock,
 * the last input and the head's pose.
 */

export interface IdleTiming {
  /** No input (and the headset still) this long: the visit resets for the next visitor. */
  idleMs: number
  /** The last part of that time shows a countdown the visitor can cancel. */
  warnMs: number
}

/** A countdown of 20 s before a two-minute reset; a quarter of shorter idle times, so it never fills the whole wait. */
export function idleTiming(idleSeconds: number): IdleTiming {
  const idleMs = idleSeconds * 1000
  return { idleMs, warnMs: Math.min(20_000, Math.round(idleMs / 4)) }
}

export interface KioskClock {
  /** performance-style milliseconds of the last input or head movement. */
  lastActivityAt: number
  /** Nothing of a visitor to reset: the visit was just reset (or just began at the entrance) and nobody touched it. */
  fresh: boolean
}

export type KioskView =
  /** Someone is (or may be) using the device. */
  | { phase: 'active'; idleMs: number }
  /** The countdown: the visit resets in `remainingMs` unless someone moves. */
  | { phase: 'warning'; idleMs: number; remainingMs: number }
  /** Time is up: reset now. */
  | { phase: 'due'; idleMs: number }
  /** Reset and untouched: on a desktop kiosk the attract loop runs. */
  | { phase: 'resting'; idleMs: number }

export function kioskView(clock: KioskClock, now: number, timing: IdleTiming): KioskView {
  const idleMs = Math.max(0, now - clock.lastActivityAt)
  if (clock.fresh) return { phase: 'resting', idleMs }
  if (idleMs >= timing.idleMs) return { phase: 'due', idleMs }
  const remainingMs = timing.idleMs - idleMs
  if (remainingMs <= timing.warnMs) return { phase: 'warning', idleMs, remainingMs }
  return { phase: 'active', idleMs }
}

/** Whole seconds left, as a countdown shows them (never 0 while it is still on screen). */
export const countdownSeconds = (remainingMs: number): number => Math.max(1, Math.ceil(remainingMs / 1000))

/** The head's pose as the idle check needs it. */
export interface HeadSample {
  x: number
  z: number
  height: number
  yaw: number
  pitch: number
}

/**
 * A head that moved this much since the last sample counts as someone wearing the headset: a visitor who reads a
 * panel still sways by more than this, a headset put down on a table does not move at all.
 */
export const HEAD_MOVE_METRES = 0.02
export const HEAD_TURN_RADIANS = (2 * Math.PI) / 180

const angleBetween = (a: number, b: number) => Math.abs(Math.atan2(Math.sin(a - b), Math.cos(a - b)))

export function headMoved(from: HeadSample, to: HeadSample): boolean {
  const moved = Math.hypot(to.x - from.x, to.z - from.z, to.height - from.height)
  return (
    moved > HEAD_MOVE_METRES ||
    angleBetween(from.yaw, to.yaw) > HEAD_TURN_RADIANS ||
    angleBetween(from.pitch, to.pitch) > HEAD_TURN_RADIANS
  )
}

/**
 * Whether the head's movement says someone is there. Only in an immersive session the wearer can see (a headset
 * taken off reports `hidden`), and never while the hall itself moves the visitor (a teleport or a glide moves the
 * head without the wearer doing anything, and the attract loop runs only on desktops).
 */
export function headCounts(immersive: boolean, visibility: XRVisibilityState | 'visible', moving: boolean): boolean {
  return immersive && visibility === 'visible' && !moving
}
