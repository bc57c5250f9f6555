import { describe, expect, it } from 'vitest'
import defaultExhibition from './default-exhibition.json'
import { describeChanges, documentChanges, noChanges } from './documentChanges'
import { parseExhibition } from './parse'
import type { Exhibition } from './schema'

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}

describe('what changes between two documents', () => {
  it('nothing, for the same document', () => {
    const doc = shipped()
    expect(noChanges(documentChanges(doc, structuredClone(doc)))).toBe(true)
    expect(describeChanges(documentChanges(doc, doc))).toBe('No changes')
  })

  it('names added, removed and changed exhibits with their fields, and the layout', () => {
    const before = shipped()
    const after = structuredClone(before)
    const [first, second] = after.exhibits
    if (!first || !second) throw new Error('need two exhibits')
    first.title.en = 'Renamed'
    first.position = [0.5, 0.5]
    after.exhibits = after.exhibits.filter((exhibit) => exhibit.id !== second.id)
    after.exhibits.push({ ...first, id: 'brand-new', title: { zh: '新', en: 'Brand new' }, tour: 99 })
    after.hall.walls[0] = { ...(after.hall.walls[0] as Exhibition['hall']['walls'][number]), height: 2 }
    const changes = documentChanges(before, after)
    expect(changes.changed).toEqual([{ id: first.id, title: 'Renamed', fields: ['position', 'title'] }])
    expect(changes.added).toEqual([{ id: 'brand-new', title: 'Brand new' }])
    expect(changes.removed).toEqual([{ id: second.id, title: second.title.en }])
    expect(changes.layout).toEqual(['walls'])
    expect(describeChanges(changes)).toBe(
      `Changed “Renamed” (position, title); added “Brand new”; removed “${second.title.en}”; layout: walls`,
    )
  })
})
