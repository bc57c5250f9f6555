import { describe, expect, it } from 'vitest'
import defaultExhibition from '../content/default-exhibition.json'
import { parseExhibition } from '../content/parse'
import { offlineUrls } from './offlineUrls'

describe('the files kept for offline visits', () => {
  it('are the document, every exhibit medium once and the fonts, under the hall folder', () => {
    const parsed = parseExhibition(defaultExhibition)
    if (!parsed.ok) throw new Error('the default exhibition is invalid')
    const base = new URL('https://hall.example/site/')
    const urls = offlineUrls(parsed.exhibition, base, ['./fonts/generated/hall-400.woff'])
    const media = parsed.exhibition.exhibits.flatMap((exhibit) => exhibit.media.map((m) => m.src))
    expect(media.length).toBeGreaterThan(0)
    expect(urls).toContain('https://hall.example/site/content/exhibition.json')
    expect(urls).toContain('https://hall.example/site/fonts/generated/hall-400.woff')
    for (const src of media) expect(urls).toContain(`https://hall.example/site/${src}`)
    expect(new Set(urls).size).toBe(urls.length)
    expect(urls).toHaveLength(new Set(media).size + 2)
  })
})
