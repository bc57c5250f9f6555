import { describe, expect, it } from 'vitest'
import defaultExhibition from '../content/default-exhibition.json'
import { parseExhibition } from '../content/parse'
import { bannersOf, DEFAULT_DISPLAY, hallTextItems, standTextItems } from './textItems'

const parsed = parseExhibition(defaultExhibition)
if (!parsed.ok) throw new Error('the default exhibition is invalid')
const exhibition = parsed.exhibition

describe('the hall’s text items', () => {
  it('give each stand its number, title and summary, and each banner a name on both faces', () => {
    const items = hallTextItems(exhibition, 'en', DEFAULT_DISPLAY)
    const banners = bannersOf(exhibition).length
    expect(items).toHaveLength(exhibition.exhibits.length * 3 + banners * 2 + 3)
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length)
  })

  it('place a stand’s words just in front of its face, turned with it', () => {
    const east = exhibition.exhibits.find((exhibit) => exhibit.rotation === 90)
    if (!east) throw new Error('no stand faces east')
    const [, title] = standTextItems(east, 'zh', DEFAULT_DISPLAY)
    // Facing east (+x): the title sits a few centimetres east of the stand's centre line, at the same z.
    expect(title?.position[0]).toBeGreaterThan(east.position[0])
    expect(title?.position[0]).toBeLessThan(east.position[0] + 0.1)
    expect(title?.position[2]).toBeCloseTo(east.position[1], 6)
    expect(title?.yaw).toBeCloseTo(Math.PI / 2, 6)
    expect(title?.text).toBe(east.title.zh)
  })

  it('mark only the small print for distance culling, and follow the display choices', () => {
    const first = exhibition.exhibits[0]
    if (!first) throw new Error('no exhibits')
    const [number, title, summary] = standTextItems(first, 'en', { textScale: 1.5, highContrast: true })
    expect(number?.near).toBeUndefined()
    expect(title?.near).toBeUndefined()
    expect(summary?.near).toEqual(first.position)
    expect(summary?.color).toBe('#000000')
    const plain = standTextItems(first, 'en', DEFAULT_DISPLAY)[2]
    expect(summary?.fontSize).toBeCloseTo((plain?.fontSize ?? 0) * 1.5, 6)
  })
})
