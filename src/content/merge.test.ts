import { describe, expect, it } from 'vitest'
import defaultExhibition from './default-exhibition.json'
import { getAtPath, type Json, jsonEqual, mergeThreeWay, setAtPath } from './merge'
import { parseExhibition } from './parse'
import type { Exhibition } from './schema'

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}
const json = (value: unknown) => structuredClone(value) as Json

describe('three-way merge of plain values', () => {
  it('takes the one side that changed, for strings, numbers and booleans', () => {
    expect(mergeThreeWay({ a: 'x', n: 1, b: true }, { a: 'y', n: 1, b: true }, { a: 'x', n: 2, b: false })).toEqual({
      merged: { a: 'y', n: 2, b: false },
      conflicts: [],
    })
  })

  it('the same change on both sides is no conflict', () => {
    expect(mergeThreeWay({ a: 1 }, { a: 2 }, { a: 2 })).toEqual({ merged: { a: 2 }, conflicts: [] })
  })

  it('the same field changed differently is one conflict, and the merge keeps theirs there', () => {
    const result = mergeThreeWay({ a: 'x', b: 1 }, { a: 'mine', b: 2 }, { a: 'theirs', b: 1 })
    expect(result.merged).toEqual({ a: 'theirs', b: 2 })
    expect(result.conflicts).toEqual([{ path: ['a'], base: 'x', ours: 'mine', theirs: 'theirs' }])
  })

  it('a number changed on both sides is a conflict even when close', () => {
    expect(mergeThreeWay({ r: 0 }, { r: 15 }, { r: 30 }).conflicts).toHaveLength(1)
  })

  it('merges nested objects key by key, however deep', () => {
    const base = { title: { zh: '甲', en: 'A' }, deep: { x: { y: 1, z: 1 } } }
    const ours = { title: { zh: '乙', en: 'A' }, deep: { x: { y: 2, z: 1 } } }
    const theirs = { title: { zh: '甲', en: 'B' }, deep: { x: { y: 1, z: 3 } } }
    expect(mergeThreeWay(base, ours, theirs)).toEqual({
      merged: { title: { zh: '乙', en: 'B' }, deep: { x: { y: 2, z: 3 } } },
      conflicts: [],
    })
  })

  it('an optional field added on one side and another removed on the other both survive', () => {
    const result = mergeThreeWay({ keep: 1, gone: 2 }, { keep: 1, gone: 2, added: 'new' }, { keep: 1 })
    expect(result).toEqual({ merged: { keep: 1, added: 'new' }, conflicts: [] })
  })

  it('an optional field removed on one side and changed on the other is a conflict with the removal shown', () => {
    const result = mergeThreeWay({ audio: { en: 'a' } }, {}, { audio: { en: 'b' } })
    expect(result.conflicts).toEqual([{ path: ['audio'], base: { en: 'a' }, theirs: { en: 'b' } }])
    expect(result.merged).toEqual({ audio: { en: 'b' } })
  })
})

describe('three-way merge of arrays', () => {
  it('a tuple such as a position is one value: both moving it is one conflict, not two', () => {
    const result = mergeThreeWay({ position: [1, 2] }, { position: [3, 2] }, { position: [1, 5] })
    expect(result.conflicts).toEqual([{ path: ['position'], base: [1, 2], ours: [3, 2], theirs: [1, 5] }])
  })

  it('a list of numbers (cited paragraphs) is one value', () => {
    expect(mergeThreeWay({ p: [1] }, { p: [1, 2] }, { p: [1] }).merged).toEqual({ p: [1, 2] })
    expect(mergeThreeWay({ p: [1] }, { p: [1, 2] }, { p: [3] }).conflicts).toHaveLength(1)
  })

  it('arrays of ids merge element by element: an edit inside one and an edit inside another both survive', () => {
    const base = {
      items: [
        { id: 'a', v: 1 },
        { id: 'b', v: 1 },
      ],
    }
    const ours = {
      items: [
        { id: 'a', v: 2 },
        { id: 'b', v: 1 },
      ],
    }
    const theirs = {
      items: [
        { id: 'a', v: 1 },
        { id: 'b', v: 3 },
      ],
    }
    expect(mergeThreeWay(base, ours, theirs)).toEqual({
      merged: {
        items: [
          { id: 'a', v: 2 },
          { id: 'b', v: 3 },
        ],
      },
      conflicts: [],
    })
  })

  it('elements added on both sides are all kept; ours go after the element they follow', () => {
    const base = { items: [{ id: 'a' }, { id: 'c' }] }
    const ours = { items: [{ id: 'a' }, { id: 'mine' }, { id: 'c' }] }
    const theirs = { items: [{ id: 'a' }, { id: 'c' }, { id: 'theirs' }] }
    const merged = mergeThreeWay(base, ours, theirs).merged as { items: { id: string }[] }
    expect(merged.items.map((item) => item.id)).toEqual(['a', 'mine', 'c', 'theirs'])
  })

  it('an element removed on one side and untouched on the other is removed', () => {
    const base: Json = { items: [{ id: 'a' }, { id: 'b', v: 1 }] }
    const ours: Json = { items: [{ id: 'a' }] }
    const theirs: Json = {
      items: [
        { id: 'a', x: 1 },
        { id: 'b', v: 1 },
      ],
    }
    expect(mergeThreeWay(base, ours, theirs)).toEqual({ merged: { items: [{ id: 'a', x: 1 }] }, conflicts: [] })
  })

  it('delete against edit is a conflict on the whole element, and the edited element is kept until decided', () => {
    const base: Json = { items: [{ id: 'a' }, { id: 'b', v: 1 }] }
    const ours: Json = { items: [{ id: 'a' }] }
    const theirs: Json = { items: [{ id: 'a' }, { id: 'b', v: 2 }] }
    const result = mergeThreeWay(base, ours, theirs)
    expect(result.conflicts).toEqual([{ path: ['items', 'b'], base: { id: 'b', v: 1 }, theirs: { id: 'b', v: 2 } }])
    expect(result.merged).toEqual(theirs)
    // And the other way round: theirs deleted what ours edited.
    const reverse = mergeThreeWay(base, theirs, ours)
    expect(reverse.conflicts).toEqual([{ path: ['items', 'b'], base: { id: 'b', v: 1 }, ours: { id: 'b', v: 2 } }])
    expect(reverse.merged).toEqual(ours)
  })

  it('the same id added on both sides with different fields merges those fields', () => {
    const result = mergeThreeWay({ items: [] }, { items: [{ id: 'n', a: 1 }] }, { items: [{ id: 'n', b: 2 }] })
    expect(result).toEqual({ merged: { items: [{ id: 'n', b: 2, a: 1 }] }, conflicts: [] })
  })

  it('arrays of objects without ids (walls) merge element by element', () => {
    const base = {
      walls: [
        { from: [0, 0], h: 3 },
        { from: [1, 1], h: 3 },
      ],
    }
    const ours = {
      walls: [
        { from: [0, 0], h: 4 },
        { from: [1, 1], h: 3 },
      ],
    }
    const theirs = {
      walls: [
        { from: [0, 0], h: 3 },
        { from: [2, 2], h: 3 },
      ],
    }
    expect(mergeThreeWay(base, ours, theirs)).toEqual({
      merged: {
        walls: [
          { from: [0, 0], h: 4 },
          { from: [2, 2], h: 3 },
        ],
      },
      conflicts: [],
    })
    // A wall added on one side while the other moved one: the unchanged walls anchor the list, so both survive.
    const added = { walls: [...base.walls, { from: [5, 5], h: 3 }] }
    expect(mergeThreeWay(base, added, theirs)).toEqual({
      merged: { walls: [...theirs.walls, { from: [5, 5], h: 3 }] },
      conflicts: [],
    })
  })

  it('an element without id removed on one side and changed on the other makes the list one conflict', () => {
    const base = { walls: [{ h: 1 }, { h: 2 }, { h: 3 }] }
    const ours = { walls: [{ h: 1 }, { h: 3 }] }
    const theirs = { walls: [{ h: 1 }, { h: 5 }, { h: 3 }] }
    const result = mergeThreeWay(base, ours, theirs)
    expect(result.conflicts).toEqual([{ path: ['walls'], base: base.walls, ours: ours.walls, theirs: theirs.walls }])
    expect(result.merged).toEqual(theirs)
  })

  it('an element without id edited on both sides merges inside, at its place in the merged list', () => {
    const base = {
      walls: [
        { h: 1, t: 1 },
        { h: 2, t: 1 },
      ],
    }
    const ours = {
      walls: [
        { h: 9, t: 1 },
        { h: 2, t: 1 },
      ],
    }
    const theirs = {
      walls: [
        { h: 0, t: 1 },
        { h: 1, t: 1 },
        { h: 2, t: 1 },
      ],
    }
    // Theirs put a wall before the others; ours changed the first one's h; the two h are not the same field.
    expect(mergeThreeWay(base, ours, theirs).merged).toEqual({
      walls: [
        { h: 0, t: 1 },
        { h: 9, t: 1 },
        { h: 2, t: 1 },
      ],
    })
    const both = {
      walls: [
        { h: 1, t: 5 },
        { h: 2, t: 1 },
      ],
    }
    expect(mergeThreeWay(base, ours, both)).toEqual({
      merged: {
        walls: [
          { h: 9, t: 5 },
          { h: 2, t: 1 },
        ],
      },
      conflicts: [],
    })
    const clash = {
      walls: [
        { h: 7, t: 1 },
        { h: 2, t: 1 },
      ],
    }
    expect(mergeThreeWay(base, ours, clash).conflicts).toEqual([
      { path: ['walls', 0, 'h'], base: 1, ours: 9, theirs: 7 },
    ])
  })
})

describe('three-way merge of the exhibition', () => {
  const base = shipped()
  const [first, second] = base.exhibits
  if (!first || !second) throw new Error('need two exhibits')

  it('title here, summary there, position here, text there: everything survives and the result is valid', () => {
    const ours = json(base) as unknown as Exhibition
    const theirs = json(base) as unknown as Exhibition
    ours.exhibits[0] = { ...first, title: { ...first.title, en: 'Mine' }, position: [1, 1] }
    theirs.exhibits[0] = { ...first, summary: { ...first.summary, en: 'Theirs' } }
    theirs.exhibits[1] = { ...second, body: { ...second.body, zh: '他们的正文' } }
    theirs.hall.zones[0] = { ...(base.hall.zones[0] as Exhibition['hall']['zones'][number]), color: '#123456' }
    const { merged, conflicts } = mergeThreeWay(json(base), json(ours), json(theirs))
    expect(conflicts).toEqual([])
    const result = parseExhibition(merged)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const [a, b] = result.exhibition.exhibits
    expect(a?.title.en).toBe('Mine')
    expect(a?.position).toEqual([1, 1])
    expect(a?.summary.en).toBe('Theirs')
    expect(b?.body.zh).toBe('他们的正文')
    expect(result.exhibition.hall.zones[0]?.color).toBe('#123456')
  })

  it('an added exhibit and a removed one, from two curators, both land', () => {
    const ours = json(base) as unknown as Exhibition
    ours.exhibits.push({ ...first, id: 'new-stand', tour: 999 })
    const theirs = json(base) as unknown as Exhibition
    theirs.exhibits = theirs.exhibits.filter((exhibit) => exhibit.id !== second.id)
    const { merged, conflicts } = mergeThreeWay(json(base), json(ours), json(theirs))
    expect(conflicts).toEqual([])
    const ids = (merged as unknown as Exhibition).exhibits.map((exhibit) => exhibit.id)
    expect(ids).toContain('new-stand')
    expect(ids).not.toContain(second.id)
  })

  it('the same title edited by both is one conflict, at exhibits/<id>/title/en', () => {
    const ours = json(base) as unknown as Exhibition
    const theirs = json(base) as unknown as Exhibition
    ours.exhibits[0] = { ...first, title: { ...first.title, en: 'Mine' } }
    theirs.exhibits[0] = { ...first, title: { ...first.title, en: 'Theirs' } }
    expect(mergeThreeWay(json(base), json(ours), json(theirs)).conflicts).toEqual([
      { path: ['exhibits', first.id, 'title', 'en'], base: first.title.en, ours: 'Mine', theirs: 'Theirs' },
    ])
  })
})

describe('paths', () => {
  const doc = json({ exhibits: [{ id: 'a', title: { en: 'A' } }], walls: [{ h: 1 }, { h: 2 }] })

  it('reads and writes through ids and indexes without changing the input', () => {
    expect(getAtPath(doc, ['exhibits', 'a', 'title', 'en'])).toBe('A')
    expect(getAtPath(doc, ['walls', 1, 'h'])).toBe(2)
    const changed = setAtPath(doc, ['exhibits', 'a', 'title', 'en'], 'B')
    expect(getAtPath(changed, ['exhibits', 'a', 'title', 'en'])).toBe('B')
    expect(getAtPath(doc, ['exhibits', 'a', 'title', 'en'])).toBe('A')
    expect(getAtPath(setAtPath(doc, ['walls', 0, 'h'], 9), ['walls', 0, 'h'])).toBe(9)
  })

  it('removes with undefined and adds a missing element back', () => {
    const removed = setAtPath(doc, ['exhibits', 'a'], undefined)
    expect(getAtPath(removed, ['exhibits'])).toEqual([])
    const back = setAtPath(removed, ['exhibits', 'a'], { id: 'a', title: { en: 'A' } })
    expect(jsonEqual(back, doc)).toBe(true)
  })
})
