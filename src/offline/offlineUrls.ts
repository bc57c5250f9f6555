import type { Exhibition } from '../content/schema'

/**
 * The files a visit to the published exhibition needs beyond the app itself: the document, every exhibit's media and
 * the hall fonts (which follow the published text, so the server's copies, not the build's). Absolute URLs, resolved
 * against the hall's folder `base`.
 */
export function offlineUrls(exhibition: Exhibition, base: URL, fonts: readonly string[]): string[] {
  const paths = [
    'content/exhibition.json',
    ...exhibition.exhibits.flatMap((exhibit) => exhibit.media.map((media) => media.src)),
    ...fonts,
  ]
  return [...new Set(paths.map((path) => new URL(path, base).href))]
}
