import type { ConsoleDevice } from '../../content/console'
import type { Exhibition } from '../../content/schema'
import { nearestExhibit } from '../../world/nearestExhibit'

/**
 * A console line's words for each part of a device's status, as plain functions (unit-tested): what a member of
 * staff reads at a glance. Exhibit names are the published exhibition's English titles.
 */

/** The exhibit closest to where the device stands: "where" in words staff know. */
export function nearestExhibitTitle(exhibition: Exhibition, position: { x: number; z: number }): string {
  const near = nearestExhibit(exhibition.exhibits, position.x, position.z)
  return near ? `near “${near.title.en}”` : '—'
}

export function openExhibitTitle(exhibition: Exhibition, id: string | null): string {
  if (id === null) return 'none'
  return exhibition.exhibits.find((exhibit) => exhibit.id === id)?.title.en ?? id
}

/** "0:05", "12:40", "1:02:03". */
export function idleLine(ms: number): string {
  const seconds = Math.floor(ms / 1000)
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
  const pad = (n: number) => String(n).padStart(2, '0')
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`

/** The offline copy: complete, how far, or why there is none; `ok` colours the cell. */
export function offlineLine(offline: NonNullable<ConsoleDevice['status']>['offline']): { text: string; ok: boolean } {
  if (offline.status === 'off') return { text: 'no offline copy (no service worker)', ok: false }
  if (offline.status === 'failed') return { text: 'storing failed', ok: false }
  if (offline.status === 'preparing') return { text: 'storing…', ok: false }
  const { bytesStored, bytesNeeded, filesMissing } = offline
  if (bytesStored === null || bytesNeeded === null) return { text: 'stored (not measured)', ok: true }
  const complete = filesMissing === 0 && bytesStored >= bytesNeeded
  return {
    text: `${complete ? 'complete' : `${filesMissing ?? '?'} files missing`}: ${megabytes(bytesStored)} of ${megabytes(bytesNeeded)}`,
    ok: complete,
  }
}

export function rttLine(rttMs: number | null): { text: string; ok: boolean } {
  if (rttMs === null) return { text: 'not measured', ok: false }
  return { text: `${rttMs} ms`, ok: rttMs < 150 }
}

/** The last pre-flight check: when, and what did not pass. */
export function preflightLine(
  preflight: NonNullable<ConsoleDevice['status']>['lastPreflight'],
  now: number,
): { text: string; ok: boolean } {
  if (!preflight) return { text: 'never run', ok: false }
  const minutes = Math.max(0, Math.round((now - preflight.at) / 60_000))
  const ago = minutes < 1 ? 'just now' : minutes < 120 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`
  const failing = preflight.checks.filter((check) => check.status === 'fail' || check.status === 'warn')
  if (failing.length === 0) return { text: `all passed, ${ago}`, ok: true }
  return { text: `${failing.map((check) => `${check.id} ${check.status}`).join(', ')}; ${ago}`, ok: false }
}
