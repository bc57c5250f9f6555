import { describe, expect, it } from 'vitest'
import defaultExhibition from '../../content/default-exhibition.json'
import { parseExhibition } from '../../content/parse'
import type { Exhibition } from '../../content/schema'
import { layoutWarnings } from './layoutWarnings'

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}

const moved = (doc: Exhibition, id: string, position: [number, number], rotation?: number): Exhibition => ({
  ...doc,
  exhibits: doc.exhibits.map((exhibit) =>
    exhibit.id === id ? { ...exhibit, position, rotation: rotation ?? exhibit.rotation } : exhibit,
  ),
})

describe('layoutWarnings', () => {
  it('finds nothing wrong with the shipped layout', () => {
    expect(layoutWarnings(shipped())).toEqual([])
  })

  it('warns about two stands on the same spot', () => {
    const doc = shipped()
    const [first, second] = doc.exhibits
    if (!first || !second) throw new Error('need two exhibits')
    const warnings = layoutWarnings(moved(doc, second.id, [first.position[0] + 0.5, first.position[1]], first.rotation))
    expect(warnings).toContainEqual({ exhibitId: first.id, message: `overlaps "${second.id}"` })
  })

  it('warns about a stand in a wall, in a doorway, or outside its zone', () => {
    const doc = shipped()
    const lobby = doc.exhibits.find((exhibit) => exhibit.zone === 'introduction')
    if (!lobby) throw new Error('no lobby exhibit')
    // The lobby-to-industry doorway is in the wall z = 6 at x = -10.
    expect(layoutWarnings(moved(doc, lobby.id, [-10, 7.2]))).toContainEqual({
      exhibitId: lobby.id,
      message: 'blocks a doorway',
    })
    expect(layoutWarnings(moved(doc, lobby.id, [0, 6.05]))).toContainEqual({
      exhibitId: lobby.id,
      message: 'stands in a wall',
    })
    expect(layoutWarnings(moved(doc, lobby.id, [0, -2]))).toContainEqual({
      exhibitId: lobby.id,
      message: 'stands outside its zone "introduction"',
    })
  })

  it('warns when a stand faces a wall too closely to be read', () => {
    const doc = shipped()
    const lobby = doc.exhibits.find((exhibit) => exhibit.zone === 'introduction')
    if (!lobby) throw new Error('no lobby exhibit')
    // Facing south, 1.5 m from the south wall: nowhere to stand in front of it.
    const warnings = layoutWarnings(moved(doc, lobby.id, [8, 12.4], 0))
    expect(warnings).toContainEqual({
      exhibitId: lobby.id,
      message: 'has no free floor in front of it to stand and read',
    })
  })
})
