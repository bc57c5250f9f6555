import { describe, expect, it } from 'vitest'
import defaultExhibition from '../../content/default-exhibition.json'
import { parseExhibition } from '../../content/parse'
import type { Exhibition } from '../../content/schema'
import { addDoorway, addWall } from '../layout/wallEdits'
import { planWarnings, unreachableTitles } from './planWarnings'

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}

/** A wall at x = -12 across the lobby: it shuts "local-policies" (at x = -14) into a room of its own. */
const walledOff = (doc: Exhibition): Exhibition => ({ ...doc, hall: addWall(doc.hall, [-12, 6], [-12, 14]) })

describe('planWarnings', () => {
  it('finds nothing wrong with the shipped layout', () => {
    expect(planWarnings(shipped())).toEqual([])
  })

  it('names an exhibit no visitor can reach, by title, and a doorway in the new wall clears it', () => {
    const doc = walledOff(shipped())
    const warnings = planWarnings(doc)
    expect(unreachableTitles(warnings)).toEqual([
      'No visitor can reach “Local Support, Lasting Difficulties” from the entrance: open a doorway into its room or move it.',
    ])
    const last = doc.hall.walls.length - 1
    const opened = { ...doc, hall: addDoorway(doc.hall, last, 6) }
    expect(unreachableTitles(planWarnings(opened))).toEqual([])
  })

  it('warns about a blocked doorway, an empty zone and a stand in front of the entrance', () => {
    const doc = shipped()
    // The lobby-to-industry doorway is in the wall z = 6 at x = -10; a stand across it blocks it.
    const blocked = {
      ...doc,
      exhibits: doc.exhibits.map((e) =>
        e.id === 'local-policies' ? { ...e, position: [-10, 6.6] as [number, number] } : e,
      ),
    }
    expect(planWarnings(blocked).map((w) => w.text)).toContain(
      'Doorway 1 of wall 5 is blocked: visitors cannot pass through it.',
    )
    const emptyZone = {
      ...doc,
      hall: {
        ...doc.hall,
        zones: [
          ...doc.hall.zones,
          {
            id: 'annex',
            title: { zh: '附厅', en: 'Annex' },
            color: '#aa3355',
            area: [
              [-17, 7],
              [-15, 9],
            ] as [[number, number], [number, number]],
          },
        ],
      },
    }
    expect(planWarnings(emptyZone)).toContainEqual({
      kind: 'zone',
      text: 'Zone “Annex” has no exhibits: assign stands to it or remove it.',
      at: [-16, 8],
      exhibitId: null,
    })
    const inTheWay = {
      ...doc,
      exhibits: doc.exhibits.map((e) => (e.id === 'welcome' ? { ...e, position: [0, 10.5] as [number, number] } : e)),
    }
    expect(
      planWarnings(inTheWay)
        .filter((w) => w.kind === 'entrance')
        .map((w) => w.exhibitId),
    ).toEqual(['welcome'])
  })

  it('names the other stand by its title when two overlap', () => {
    const doc = shipped()
    const [first, second] = doc.exhibits
    if (!first || !second) throw new Error('need two exhibits')
    const overlapping = {
      ...doc,
      exhibits: doc.exhibits.map((e) =>
        e.id === second.id ? { ...e, position: first.position, rotation: first.rotation } : e,
      ),
    }
    expect(planWarnings(overlapping).map((w) => w.text)).toContain(`“${first.title.en}” overlaps “${second.title.en}”.`)
  })
})
