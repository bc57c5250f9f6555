import { describe, expect, it } from 'vitest'
import defaultExhibition from '../../content/default-exhibition.json'
import { parseExhibition } from '../../content/parse'
import type { Exhibition } from '../../content/schema'
import { unreachableExhibits } from '../../world/reachability'
import { planWarnings } from '../floorPlan/planWarnings'
import { applyTemplate, TEMPLATES, type TemplateId } from './templates'

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}

describe('layout templates', () => {
  for (const template of Object.keys(TEMPLATES) as TemplateId[]) {
    it(`“${TEMPLATES[template]}” keeps every exhibit and zone, gives a valid draft, and every stand can be reached`, () => {
      const doc = shipped()
      const { doc: laidOut, held } = applyTemplate(doc, template)
      expect(parseExhibition(laidOut).ok).toBe(true)
      expect(laidOut.exhibits.map((e) => e.id)).toEqual(doc.exhibits.map((e) => e.id))
      expect(laidOut.exhibits.map((e) => [e.title, e.zone, e.tour])).toEqual(
        doc.exhibits.map((e) => [e.title, e.zone, e.tour]),
      )
      expect(laidOut.hall.zones.map((z) => [z.id, z.title, z.color])).toEqual(
        doc.hall.zones.map((z) => [z.id, z.title, z.color]),
      )
      expect(held).toEqual([])
      expect(unreachableExhibits(laidOut.hall, laidOut.exhibits).map((e) => e.id)).toEqual([])
      expect(planWarnings(laidOut).map((warning) => warning.text)).toEqual([])
    })
  }

  it('puts the stands that no longer fit in the holding area, to be placed by hand', () => {
    const doc = shipped()
    // A small hall: four rooms of 6 x 5 m cannot take eight stands of one zone.
    const small = {
      ...doc,
      hall: { ...doc.hall, width: 12, depth: 10 },
      exhibits: doc.exhibits.map((e) => ({ ...e, position: [0, 0] as [number, number] })),
    }
    const { doc: laidOut, held } = applyTemplate(small, 'four-rooms')
    expect(held.length).toBeGreaterThan(0)
    expect(laidOut.exhibits).toHaveLength(doc.exhibits.length)
    expect(parseExhibition(laidOut).ok).toBe(true)
  })
})
