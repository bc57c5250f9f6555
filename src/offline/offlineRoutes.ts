/**
 * Which requests the hall's service worker keeps copies of, and how. Pure, so the rule is unit-tested apart from the
 * worker. Everything else (the studio, the API, other origins) goes to the network untouched.
 */
export type OfflineKind =
  /** The hall's page: network first, so a new build shows at once; the precached copy when the server is away. */
  | 'page'
  /** The published exhibition: network first, so a new publish shows; the last one seen when the server is away. */
  | 'document'
  /** Font subsets follow the published text, so network first; the build's precached subsets as a last resort. */
  | 'fonts'
  /** Published media: stored copies first (uploads have generated names that never change), refreshed behind. */
  | 'media'
  /** Controller and hand models: precached for the usual headsets, stored on first use for any other. */
  | 'profiles'

/** The cache each kind is kept in. Precached files (app, build fonts, usual profiles) are Workbox's own cache. */
export const OFFLINE_CACHES: Record<OfflineKind, string> = {
  page: 'hall-page',
  document: 'hall-document',
  fonts: 'hall-fonts',
  media: 'hall-media',
  profiles: 'hall-xr-profiles',
}

/** Decides what the worker does with a GET for `url`, for a worker whose scope is `scope` (the hall's folder). */
export function offlineKind(url: URL, scope: URL, navigation: boolean): OfflineKind | null {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null
  const path = url.pathname.slice(scope.pathname.length)
  if (navigation) return path === '' || path === 'index.html' ? 'page' : null
  if (path === 'content/exhibition.json') return 'document'
  if (path.startsWith('fonts/')) return 'fonts'
  if (path.startsWith('media/')) return 'media'
  if (path.startsWith('xr-profiles/')) return 'profiles'
  return null
}
