import type { Pulse } from './patterns'

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

/** Buzzes one gamepad: the WebXR `pulse` where it exists, else the Gamepad API's rumble effect. Returns whether. */
function buzz(gamepad: HapticGamepad | null | undefined, pulse: Pulse): boolean {
  const actuator = gamepad?.hapticActuators?.[0]
  if (actuator?.pulse) {
    actuator.pulse(pulse.intensity, pulse.durationMs).catch(() => undefined)
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

/** One pulse on every controller of a headset session; tracked hands have no motor and are skipped. */
export function buzzControllers(session: XRSession, pulse: Pulse): number {
  let count = 0
  for (const source of session.inputSources) {
    if (buzz(source.gamepad as (Gamepad & HapticGamepad) | undefined, pulse)) count += 1
  }
  return count
}

/** One pulse on every gamepad connected to a desktop computer, where the browser lets pages rumble them. */
export function buzzGamepads(pulse: Pulse): number {
  if (typeof navigator.getGamepads !== 'function') return 0
  let count = 0
  for (const gamepad of navigator.getGamepads()) {
    if (gamepad && buzz(gamepad as Gamepad & HapticGamepad, pulse)) count += 1
  }
  return count
}
