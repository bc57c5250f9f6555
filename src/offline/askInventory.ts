import type { Exhibition } from '../content/schema'
import { HALL_FONT } from '../world/fonts'
import { type InventoryRequest, type InventorySummary, isInventoryReply, summarizeInventory } from './inventory'
import { offlineUrls } from './offlineUrls'

/** Why no inventory could be taken, in plain words for staff. */
export type InventoryOutcome = { kind: 'summary'; summary: InventorySummary } | { kind: 'none'; reason: string }

const REPLY_TIMEOUT_MS = 20_000

/**
 * Asks this page's service worker how much of the offline copy it holds. The published exhibition's files are named
 * by the page (the worker knows only the app it precached); without a worker there is no offline copy at all.
 */
export async function askInventory(exhibition: Exhibition | null): Promise<InventoryOutcome> {
  if (!('serviceWorker' in navigator)) return { kind: 'none', reason: 'this browser has no service workers' }
  const registration = await navigator.serviceWorker.getRegistration()
  const worker = registration?.active
  if (!worker) return { kind: 'none', reason: 'the hall has not been opened here yet (or service workers are blocked)' }
  const base = new URL(import.meta.env.BASE_URL, window.location.href)
  const urls = exhibition ? offlineUrls(exhibition, base, Object.values(HALL_FONT)) : []
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    const timer = setTimeout(
      () => resolve({ kind: 'none', reason: 'the service worker did not answer' }),
      REPLY_TIMEOUT_MS,
    )
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      if (!isInventoryReply(event.data)) return
      clearTimeout(timer)
      resolve({ kind: 'summary', summary: summarizeInventory(event.data.files) })
    }
    const request: InventoryRequest = { type: 'offline-inventory', urls }
    worker.postMessage(request, [channel.port2])
  })
}
