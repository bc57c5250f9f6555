import type { Language } from '../content/schema'

/** What a shared link asks for: an exhibit to stand in front of, and optionally a language. */
export interface DeepLink {
  exhibitId: string | null
  language: Language | null
}

export function readDeepLink(location: Pick<Location, 'search'>): DeepLink {
  const params = new URLSearchParams(location.search)
  const lang = params.get('lang')
  return {
    exhibitId: params.get('exhibit'),
    language: lang === 'zh' || lang === 'en' ? lang : null,
  }
}

/** The shareable URL of an exhibit (or of the hall, for null), keeping any other query parameters. */
export function exhibitUrl(href: string, exhibitId: string | null): string {
  const url = new URL(href)
  if (exhibitId) url.searchParams.set('exhibit', exhibitId)
  else url.searchParams.delete('exhibit')
  url.searchParams.delete('lang')
  return url.toString()
}
