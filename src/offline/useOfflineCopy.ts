import { useEffect } from 'react'
import type { Exhibition } from '../content/schema'
import { useLoading } from '../state/loadingStore'
import { HALL_FONT } from '../world/fonts'
import { isKeepOfflineReply, type KeepOfflineRequest } from './messages'
import { useOfflineStatus } from './offlineStatus'
import { offlineUrls } from './offlineUrls'

/** Asks the active worker to store the exhibition's files, and resolves once it says they are stored. */
function keepOffline(worker: ServiceWorker, urls: string[]): Promise<string[]> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      if (isKeepOfflineReply(event.data)) resolve(event.data.failed)
    }
    const request: KeepOfflineRequest = { type: 'keep-offline', urls }
    worker.postMessage(request, [channel.port2])
  })
}

async function prepareOffline(exhibition: Exhibition): Promise<void> {
  const { setStatus } = useOfflineStatus.getState()
  setStatus('preparing')
  try {
    const base = new URL(import.meta.env.BASE_URL, window.location.href)
    await navigator.serviceWorker.register(new URL('serviceWorker.js', base), { scope: base.href })
    const { active } = await navigator.serviceWorker.ready
    if (!active) throw new Error('no active service worker')
    const failed = await keepOffline(active, offlineUrls(exhibition, base, Object.values(HALL_FONT)))
    if (failed.length > 0) console.warn(`Not kept for offline visits: ${failed.join(', ')}`)
    setStatus('ready')
  } catch (error) {
    // The hall works as before, only not offline: nothing a visitor must be told mid-visit.
    console.warn('The hall could not be prepared for offline visits:', error)
    setStatus('failed')
  }
}

/**
 * Once the hall is on screen (never competing with its first frame), registers the service worker and has it keep
 * the published exhibition's document, media and fonts, so the next visit works with the server unreachable.
 * Production builds only: `npm run dev` serves changing modules a worker must not pin. Previews are never kept.
 */
export function useOfflineCopy(exhibition: Exhibition, enabled: boolean, webgl: boolean): void {
  useEffect(() => {
    if (!enabled || !import.meta.env.PROD || !('serviceWorker' in navigator)) return
    let started = false
    const start = () => {
      if (started) return
      started = true
      void prepareOffline(exhibition)
    }
    if (!webgl || useLoading.getState().firstFrame) return start()
    return useLoading.subscribe((state) => {
      if (state.firstFrame) start()
    })
  }, [exhibition, enabled, webgl])
}
