import { type DeviceStatusMessage, STATUS_INTERVAL_MS } from '../content/console'
import { useDeviceStatus } from '../device/deviceStatus'
import { useServerClock } from '../state/serverClock'
import { sameStatus, statusMessage } from './statusMessage'

/**
 * Publishes this device's status (src/device/deviceStatus) to its hall instance for the staff console: at most once
 * a STATUS_INTERVAL_MS, and only when it changed (the round trip counts). Returns how to stop.
 */
export function startStatusSender(send: (message: DeviceStatusMessage) => void): () => void {
  let last: DeviceStatusMessage | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let sentAt = Number.NEGATIVE_INFINITY

  const flush = () => {
    timer = undefined
    const next = statusMessage(useDeviceStatus.getState().status, useServerClock.getState().rttMs)
    if (sameStatus(last, next)) return
    last = next
    sentAt = performance.now()
    send(next)
  }
  const changed = () => {
    if (timer !== undefined) return
    timer = setTimeout(flush, Math.max(0, sentAt + STATUS_INTERVAL_MS - performance.now()))
  }
  const stops = [useDeviceStatus.subscribe(changed), useServerClock.subscribe(changed)]
  flush()
  return () => {
    clearTimeout(timer)
    for (const stop of stops) stop()
  }
}
