import type { DeviceStatusMessage } from '../content/console'
import type { DeviceStatus } from '../device/deviceStatus'

/** The `status` message for a device status: the same fields, the pre-flight's verdicts without its words. */
export function statusMessage(status: DeviceStatus, rttMs: number | null): DeviceStatusMessage {
  return {
    deviceId: status.id,
    name: status.name,
    kiosk: status.kiosk,
    language: status.language,
    immersive: status.immersive,
    openExhibitId: status.openExhibitId,
    position: status.position,
    idleMs: status.idleMs,
    kioskPhase: status.kioskPhase,
    offline: status.offline,
    lastPreflight: status.lastPreflight && {
      at: status.lastPreflight.at,
      checks: status.lastPreflight.checks.map(({ id, status }) => ({ id, status })),
    },
    rttMs: rttMs === null ? null : Math.max(0, Math.round(rttMs)),
  }
}

/** Whether two messages say the same: only a change is sent. */
export const sameStatus = (a: DeviceStatusMessage | undefined, b: DeviceStatusMessage): boolean =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b)
