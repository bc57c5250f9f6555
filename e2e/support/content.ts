import type { APIRequestContext } from '@playwright/test'
import { describeProblems, parseExhibition } from '../../src/content/parse'
import type { Exhibit, Exhibition } from '../../src/content/schema'

/**
 * The exhibition exactly as the server publishes it, read through the app's own parser (so an older stored format is
 * upgraded the same way), so tests follow the content rather than copying it.
 */
export async function publishedExhibition(request: APIRequestContext): Promise<Exhibition> {
  const response = await request.get('/content/exhibition.json')
  if (!response.ok()) throw new Error(`the exhibition is not served: HTTP ${response.status()}`)
  const parsed = parseExhibition(await response.json())
  if (!parsed.ok) throw new Error(`the published exhibition is invalid:\n${describeProblems(parsed.problems)}`)
  return parsed.exhibition
}

export function inTourOrder(exhibition: Exhibition): Exhibit[] {
  return [...exhibition.exhibits].sort((a, b) => a.tour - b.tour)
}

/** The exhibits whose narration has a recording in `language`. */
export function narrated(exhibition: Exhibition, language: 'zh' | 'en'): Exhibit[] {
  return exhibition.exhibits.filter((exhibit) => exhibit.audio?.[language])
}
