import { describe, expect, it } from 'vitest'
import defaultExhibition from '../../content/default-exhibition.json'
import { parseExhibition } from '../../content/parse'
import type { Exhibition } from '../../content/schema'
import { fieldLabel } from './fieldLabel'

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}

describe('a conflicting field in a curator’s words', () => {
  const doc = shipped()
  const first = doc.exhibits[0]
  const zone = doc.hall.zones[0]
  if (!first || !zone) throw new Error('no exhibits or zones')

  it('names an exhibit by its title on the curator’s own screen, then by the other documents', () => {
    const mine = structuredClone(doc)
    mine.exhibits[0] = { ...first, title: { ...first.title, en: 'My title' } }
    expect(fieldLabel(['exhibits', first.id, 'title', 'en'], [mine, doc])).toBe('“My title” · Title · English')
    const added = { ...first, id: 'theirs-only', title: { ...first.title, en: 'Their new stand' } }
    const theirs = { ...doc, exhibits: [...doc.exhibits, added] }
    expect(fieldLabel(['exhibits', 'theirs-only'], [mine, theirs])).toBe('“Their new stand” (the whole exhibit)')
  })

  it('names walls and doorways by number and zones by title', () => {
    expect(fieldLabel(['hall', 'walls', 5, 'to'], [doc])).toBe('Layout · Wall 6 · End')
    expect(fieldLabel(['hall', 'walls', 4, 'openings', 0, 'width'], [doc])).toBe('Layout · Wall 5 · Doorway 1 · Width')
    expect(fieldLabel(['hall', 'zones', zone.id, 'title', 'en'], [doc])).toBe(
      `Layout · Zone “${zone.title.en}” · Title · English`,
    )
    expect(fieldLabel(['hall', 'entrance', 'yaw'], [doc])).toBe('Layout · Entrance · Facing')
    expect(fieldLabel(['hall', 'walls'], [doc])).toBe('Layout · Walls')
  })

  it('names the exhibition’s own texts, and a source by its title', () => {
    const source = doc.sources[0]
    if (!source) throw new Error('no sources')
    expect(fieldLabel(['subtitle', 'zh'], [doc])).toBe('Subtitle · 中文')
    expect(fieldLabel(['sources', source.id, 'publisher', 'en'], [doc])).toBe(
      `Source “${source.title.en}” · Publisher · English`,
    )
    expect(fieldLabel(['exhibits', first.id, 'curatorNote'], [doc])).toBe(`“${first.title.en}” · Curator’s note`)
  })
})
