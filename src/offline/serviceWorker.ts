/// <reference lib="webworker" />
/**
 * The hall's service worker, built by vite-plugin-pwa (injectManifest): after one visit the hall keeps working with
 * the server unreachable, and picks up a new publish when it is back. Registered only by production builds of the
 * visitor page (see ./useOfflineCopy). The studio and the API are never answered from here.
 */
import { clientsClaim, type WorkboxPlugin } from 'workbox-core'
import { cleanupOutdatedCaches, matchPrecache, type PrecacheEntry, precacheAndRoute } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst, NetworkOnly, StaleWhileRevalidate, type Strategy } from 'workbox-strategies'
import { type InventoryFile, type InventoryReply, isInventoryRequest } from './inventory'
import { isKeepOfflineRequest, type KeepOfflineReply } from './messages'
import { OFFLINE_CACHES, type OfflineKind, offlineKind } from './offlineRoutes'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] }

const scope = new URL(self.registration.scope)
/** A server that accepts the connection but does not answer counts as away after this long. */
const NETWORK_TIMEOUT_SECONDS = 4

/** When the network fails, the precached copy of the same file, or of `fallback`. */
function precachedCopy(fallback?: string): WorkboxPlugin {
  return { handlerDidError: async ({ request }) => matchPrecache(fallback ?? request.url) }
}

const strategies: Record<OfflineKind, Strategy> = {
  // Not stored per address (every ?exhibit= link would be a copy): the precached page stands in offline.
  page: new NetworkOnly({
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [precachedCopy(new URL('index.html', scope).href)],
  }),
  document: new NetworkFirst({ cacheName: OFFLINE_CACHES.document, networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS }),
  fonts: new NetworkFirst({
    cacheName: OFFLINE_CACHES.fonts,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [precachedCopy()],
  }),
  media: new StaleWhileRevalidate({ cacheName: OFFLINE_CACHES.media }),
  profiles: new CacheFirst({ cacheName: OFFLINE_CACHES.profiles }),
}

const route = (kind: OfflineKind) =>
  registerRoute(({ url, request }) => offlineKind(url, scope, request.mode === 'navigate') === kind, strategies[kind])

self.skipWaiting()
clientsClaim()
cleanupOutdatedCaches()
// Routes are tried in the order registered: the page and the fonts go to the network before the precache is asked.
route('page')
route('fonts')
/** The build's precache list, kept to answer the pre-flight inventory (Workbox injects it at this one place). */
const PRECACHED = self.__WB_MANIFEST
precacheAndRoute(PRECACHED)
route('document')
route('media')
route('profiles')

/** Media of earlier publishes, no longer shown, are dropped when the page names the current ones. */
async function forgetUnpublishedMedia(keep: Set<string>): Promise<void> {
  const cache = await caches.open(OFFLINE_CACHES.media)
  const stored = await cache.keys()
  await Promise.all(stored.filter((request) => !keep.has(request.url)).map((request) => cache.delete(request)))
}

/** Fetches and stores each file as its route would, so the first visit (made before this worker ran) is kept too. */
async function keepOffline(urls: string[], event: ExtendableEvent): Promise<string[]> {
  const failed: string[] = []
  await Promise.all(
    urls.map(async (href) => {
      const url = new URL(href)
      const kind = offlineKind(url, scope, false)
      if (!kind) return failed.push(href)
      try {
        const response = await strategies[kind].handle({ event, request: new Request(url) })
        if (!response.ok) failed.push(href)
      } catch {
        failed.push(href)
      }
    }),
  )
  await forgetUnpublishedMedia(new Set(urls))
  return failed
}

const stored = async (response: Response | undefined): Promise<number | null> => {
  if (!response) return null
  return (await response.clone().blob()).size
}

/** What the server says a file weighs, without downloading it; null when it cannot be asked (offline). */
async function sizeOnServer(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(NETWORK_TIMEOUT_SECONDS * 1000) })
    const length = Number(response.headers.get('content-length'))
    return response.ok && Number.isFinite(length) && length > 0 ? length : null
  } catch {
    return null
  }
}

/** Each file a visit needs, with the bytes held of it: the precached app, then the published files `urls`. */
async function inventory(urls: string[]): Promise<InventoryFile[]> {
  const precached = PRECACHED.map((entry) => new URL(typeof entry === 'string' ? entry : entry.url, scope).href)
  const published = urls.filter((url) => !precached.includes(url))
  const lookups = [
    ...precached.map(async (url) => ({ url, bytes: await stored(await matchPrecache(url)) })),
    ...published.map(async (url) => {
      const kind = offlineKind(new URL(url), scope, false)
      const copy = kind ? await caches.match(url, { cacheName: OFFLINE_CACHES[kind] }) : undefined
      // Fonts fall back to the build's precached subsets: those count as stored.
      return { url, bytes: await stored(copy ?? (kind === 'fonts' ? await matchPrecache(url) : undefined)) }
    }),
  ]
  return Promise.all(
    lookups.map(async (lookup) => {
      const { url, bytes } = await lookup
      return { url, storedBytes: bytes, neededBytes: bytes ?? (await sizeOnServer(url)) }
    }),
  )
}

self.addEventListener('message', (event) => {
  if (isInventoryRequest(event.data)) {
    const port = event.ports[0]
    event.waitUntil(
      inventory(event.data.urls).then((files) => {
        const reply: InventoryReply = { type: 'offline-inventory', files }
        port?.postMessage(reply)
      }),
    )
    return
  }
  if (!isKeepOfflineRequest(event.data)) return
  const port = event.ports[0]
  event.waitUntil(
    keepOffline(event.data.urls, event).then((failed) => {
      const reply: KeepOfflineReply = { type: 'kept-offline', failed }
      port?.postMessage(reply)
    }),
  )
})
