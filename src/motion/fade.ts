import type { FloorPose } from '../state/floorPose'

/** Seconds to fade to black, and the same again to fade back: short enough not to feel like waiting. */
export const FADE_SECONDS = 0.25

/** A move through black: out, then the visitor is moved while nothing is seen, then back in. */
export interface Fade {
  /** 0 clear, 1 black. */
  opacity: number
  phase: 'none' | 'out' | 'in'
  /** Where to put the visitor once the view is black. */
  pending: FloorPose | null
}

export const createFade = (): Fade => ({ opacity: 0, phase: 'none', pending: null })

export function startFade(fade: Fade, to: FloorPose): void {
  fade.pending = to
  fade.phase = 'out'
}

/** Advances the fade by `delta` seconds; returns the pose to move to at the moment the view is fully black. */
export function advanceFade(fade: Fade, delta: number): FloorPose | null {
  if (fade.phase === 'out') {
    fade.opacity = Math.min(1, fade.opacity + delta / FADE_SECONDS)
    if (fade.opacity < 1) return null
    fade.phase = 'in'
    const to = fade.pending
    fade.pending = null
    return to
  }
  if (fade.phase === 'in') {
    fade.opacity = Math.max(0, fade.opacity - delta / FADE_SECONDS)
    if (fade.opacity === 0) fade.phase = 'none'
  }
  return null
}
