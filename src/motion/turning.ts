/** The stick must pass this far to snap once, and come back inside `REARM` before it snaps again. */
const TRIGGER = 0.7
const REARM = 0.3
/** Stick deflection below which smooth turning and moving ignore the stick (worn sticks drift). */
export const DEAD_ZONE = 0.2

export interface SnapTurnState {
  /** False after a snap until the stick returns near the centre: holding it turns once, not every frame. */
  armed: boolean
}

/**
 * The yaw change, radians, a snap-turn stick at `x` asks for this frame. Pushing right turns right (yaw decreases).
 * Mutates `state`, so a held stick snaps only once.
 */
export function snapTurn(state: SnapTurnState, x: number, degrees: number): number {
  if (Math.abs(x) < REARM) {
    state.armed = true
    return 0
  }
  if (!state.armed || Math.abs(x) < TRIGGER) return 0
  state.armed = false
  return (-Math.sign(x) * degrees * Math.PI) / 180
}

/** Smooth turning: yaw change for a stick at `x` over `delta` seconds, at `speed` radians per second at full tilt. */
export function smoothTurn(x: number, delta: number, speed: number): number {
  return Math.abs(x) < DEAD_ZONE ? 0 : -x * speed * delta
}
