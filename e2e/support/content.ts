import type { APIRequestContext } from '@playwright/test'
import type { Exhibit, Exhibition } from '../../src/content/schema'

/** The exhibition exactly as the server publishes it, so tests follow the content rather than copying it. */
export async function publishedExhibition(request: APIRequestContext): Promise<Exhibition> {
  const response = await request.get('/content/exhibition.json')
  if (!response.ok()) throw new Error(`the exhibition is not served: HTTP ${response.status()}`)
  return (await response.json()) as Exhibition
}

export function inTourOrder(exhibition: Exhibition): Exhibit[] {
  return [...exhibition.exhibits].sort((a, b) => a.tour - b.tour)
}
