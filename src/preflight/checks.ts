import type { PreflightCheck } from '../device/deviceSettings'
import { formatBytes, type InventorySummary } from '../offline/inventory'

/**
 * Each pre-flight check as a plain function from what was measured to what staff read: a colour (pass, warn, fail,
 * or not available) and a sentence. The page measures; these decide.
 */

export function immersiveCheck(supported: boolean | null): PreflightCheck {
  if (supported === null) return { id: 'immersive', status: 'fail', detail: 'This browser has no WebXR at all.' }
  return supported
    ? { id: 'immersive', status: 'pass', detail: 'Immersive VR is supported: visitors can enter VR.' }
    : { id: 'immersive', status: 'fail', detail: 'Immersive VR is not supported in this browser.' }
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])

export function secureCheck(secure: boolean, location: Pick<Location, 'protocol' | 'hostname'>): PreflightCheck {
  if (!secure) {
    return {
      id: 'secure',
      status: 'fail',
      detail: `Not a secure context (${location.protocol}//${location.hostname}): VR needs the https:// address, with its certificate trusted.`,
    }
  }
  if (location.protocol === 'https:') {
    return { id: 'secure', status: 'pass', detail: 'HTTPS, certificate trusted.' }
  }
  return LOOPBACK.has(location.hostname)
    ? {
        id: 'secure',
        status: 'pass',
        detail: 'Secure context (this machine itself). A headset on the network needs the https:// address.',
      }
    : { id: 'secure', status: 'pass', detail: 'Secure context.' }
}

export type OfflineMeasure = { kind: 'summary'; summary: InventorySummary } | { kind: 'none'; reason: string }

export function offlineCheck(measure: OfflineMeasure): PreflightCheck {
  if (measure.kind === 'none') return { id: 'offline', status: 'fail', detail: `No offline copy: ${measure.reason}.` }
  const { summary } = measure
  const bytes = `${formatBytes(summary.bytesStored)} stored of ${formatBytes(summary.bytesNeeded)} needed`
  if (summary.complete) {
    return { id: 'offline', status: 'pass', detail: `Complete: ${bytes} (${summary.files} files).` }
  }
  const unknown = summary.unknownSizes > 0 ? `, ${summary.unknownSizes} of unknown size (server unreachable)` : ''
  return {
    id: 'offline',
    status: 'fail',
    detail: `Incomplete: ${bytes}; ${summary.filesMissing} of ${summary.files} files missing${unknown}. Open the hall once with the server reachable.`,
  }
}

export interface InputsSeen {
  controllers: number
  hands: number
}

export function inputsCheck(seen: InputsSeen | null): PreflightCheck {
  if (!seen) return { id: 'inputs', status: 'unavailable', detail: 'Not measured: run the VR test.' }
  const { controllers, hands } = seen
  if (controllers + hands === 0) {
    return {
      id: 'inputs',
      status: 'fail',
      detail: 'No controllers or hands seen: wake the controllers, or show your hands.',
    }
  }
  const parts = [
    controllers > 0 ? `${controllers} controller${controllers === 1 ? '' : 's'}` : '',
    hands > 0 ? `${hands} hand${hands === 1 ? '' : 's'}` : '',
  ].filter(Boolean)
  const both = controllers >= 2 || hands >= 2
  return {
    id: 'inputs',
    status: both ? 'pass' : 'warn',
    detail: `${parts.join(' and ')} seen${both ? '.' : ': one is missing (battery? asleep?).'}`,
  }
}

/** Quest headsets show at least 72 frames a second; under that, motion judders for the wearer. */
export const FRAME_RATE_GOOD = 65
export const FRAME_RATE_POOR = 45

export function frameRateCheck(fps: number | null): PreflightCheck {
  if (fps === null) return { id: 'frameRate', status: 'unavailable', detail: 'Not measured: run the VR test.' }
  const rate = `${Math.round(fps)} frames a second in the VR test`
  if (fps >= FRAME_RATE_GOOD) return { id: 'frameRate', status: 'pass', detail: `${rate}.` }
  if (fps >= FRAME_RATE_POOR) {
    return { id: 'frameRate', status: 'warn', detail: `${rate}: below the headset's rate; close other apps.` }
  }
  return { id: 'frameRate', status: 'fail', detail: `${rate}: too slow for comfort; restart the browser.` }
}

/** Round trips a headset visitor would not notice, and the point where others' movements visibly lag. */
const ROUND_TRIP_GOOD_MS = 100
const ROUND_TRIP_POOR_MS = 300

/**
 * The presence connection's round trip: `null` while measuring, `'static'` where no hall server runs (a static
 * export), else what `measureRoundTrip` found.
 */
export function presenceCheck(
  outcome: null | 'static' | { kind: 'measured'; rttMs: number } | { kind: 'failed'; reason: string },
): PreflightCheck {
  if (outcome === null) return { id: 'presence', status: 'unavailable', detail: 'Measuring the round trip…' }
  if (outcome === 'static') {
    return { id: 'presence', status: 'unavailable', detail: 'No hall server behind this copy: visitors visit alone.' }
  }
  if (outcome.kind === 'failed') {
    return {
      id: 'presence',
      status: 'fail',
      detail: `No presence connection (${outcome.reason}): check that the laptop runs the hall and this device is on its network.`,
    }
  }
  const trip = `Round trip ${Math.round(outcome.rttMs)} ms to the hall server`
  if (outcome.rttMs < ROUND_TRIP_GOOD_MS) return { id: 'presence', status: 'pass', detail: `${trip}.` }
  if (outcome.rttMs < ROUND_TRIP_POOR_MS) {
    return { id: 'presence', status: 'warn', detail: `${trip}: others will lag; move nearer the router.` }
  }
  return { id: 'presence', status: 'fail', detail: `${trip}: too slow to see others smoothly; check the network.` }
}

export const CHECK_ORDER: PreflightCheck['id'][] = ['immersive', 'secure', 'offline', 'inputs', 'frameRate', 'presence']
