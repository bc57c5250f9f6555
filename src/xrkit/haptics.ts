/** One buzz: strength 0..1 and how long, in milliseconds. */
export interface HapticPulse {
  intensity: number
  durationMs: number
}

/** The short tick a controller gives when its ray comes to rest on something that can be pressed or opened. */
export const TICK: HapticPulse = { intensity: 0.4, durationMs: 30 }

/** The parts of the Gamepad haptics APIs used here; not every browser's types declare them. */
interface HapticActuatorLike {
  pulse?: (value: number, duration: number) => Promise<boolean>
  playEffect?: (
    type: 'dual-rumble',
    params: { duration: number; strongMagnitude: number; weakMagnitude: number },
  ) => Promise<string>
}
interface HapticGamepad {
  hapticActuators?: readonly HapticActuatorLike[]
  vibrationActuator?: HapticActuatorLike | null
}

let ticksPlayed = 0

/** Ticks the controllers' motors accepted since the page loaded. */
export const hapticTicks = (): number => ticksPlayed

/**
 * Buzzes one gamepad: the WebXR `pulse` where it exists, else the Gamepad API's rumble effect. Returns whether it
 * has a motor; `played` hears whether a WebXR pulse was accepted.
 */
function buzz(gamepad: HapticGamepad | null | undefined, pulse: HapticPulse, played?: () => void): boolean {
  const actuator = gamepad?.hapticActuators?.[0]
  if (actuator?.pulse) {
    actuator
      .pulse(pulse.intensity, pulse.durationMs)
      .then((accepted) => {
        if (accepted) played?.()
      })
      .catch(() => undefined)
    return true
  }
  const rumble = gamepad?.vibrationActuator
  if (rumble?.playEffect) {
    rumble
      .playEffect('dual-rumble', {
        duration: pulse.durationMs,
        strongMagnitude: pulse.intensity,
        weakMagnitude: pulse.intensity / 2,
      })
      .catch(() => undefined)
    return true
  }
  return false
}

const countTick = () => {
  ticksPlayed += 1
}

/** The hover tick on one controller; hands and motorless controllers ignore it. */
export function tick(source: XRInputSource): void {
  buzz(source.gamepad as (Gamepad & HapticGamepad) | undefined, TICK, countTick)
}

/** One pulse on every controller of a headset session; tracked hands have no motor and are skipped. */
export function pulseControllers(session: XRSession, pulse: HapticPulse): number {
  let count = 0
  for (const source of session.inputSources) {
    if (buzz(source.gamepad as (Gamepad & HapticGamepad) | undefined, pulse)) count += 1
  }
  return count
}

/** One pulse on every gamepad connected to a desktop computer, where the browser lets pages rumble them. */
export function pulseGamepads(pulse: HapticPulse): number {
  if (typeof navigator.getGamepads !== 'function') return 0
  let count = 0
  for (const gamepad of navigator.getGamepads()) {
    if (gamepad && buzz(gamepad as Gamepad & HapticGamepad, pulse)) count += 1
  }
  return count
}
