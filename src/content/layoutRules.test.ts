import { describe, expect, it } from 'vitest'
import defaultExhibition from './default-exhibition.json'
import { layoutProblems } from './layoutRules'
import { parseExhibition } from './parse'

describe('layout rules', () => {
  it('the shipped hall breaks none', () => {
    const parsed = parseExhibition(defaultExhibition)
    expect(parsed.ok && layoutProblems(parsed.exhibition.hall)).toEqual([])
  })

  it('a document with a wall of no length, a doorway too wide or a zone outside the hall is refused, field by field', () => {
    const hall = structuredClone(defaultExhibition.hall)
    hall.walls.push({ from: [1, 1], to: [1, 1], thickness: 0.2, openings: [] } as never)
    const fifth = hall.walls[4]
    if (fifth?.openings?.[0]) fifth.openings[0].width = 50
    const zone = hall.zones[1]
    if (zone)
      zone.area = [
        [-40, -14],
        [-6, 6],
      ]
    const parsed = parseExhibition({ ...defaultExhibition, hall })
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.problems).toEqual(
      expect.arrayContaining([
        { path: 'hall.walls[7].to', message: 'Wall 8 has no length (0 m): its two ends must be at least 0.25 m apart' },
        {
          path: 'hall.walls[4].openings[0].width',
          message: 'Doorway 1 of wall 5 is 50 m wide, wider than its wall (36 m)',
        },
        { path: 'hall.zones[1] "industry".area', message: 'Zone “Industry” reaches outside the hall (36 m × 28 m)' },
      ]),
    )
  })

  it('a doorway reaching past its wall’s end is refused with where its centre may go', () => {
    const hall = structuredClone(defaultExhibition.hall)
    const fifth = hall.walls[4]
    if (fifth?.openings?.[0]) fifth.openings[0].offset = 0.5
    const parsed = parseExhibition({ ...defaultExhibition, hall })
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      {
        path: 'hall.walls[4].openings[0].offset',
        message:
          "Doorway 1 of wall 5 reaches past the end of its wall: its centre must be between 1.5 m and 34.5 m from the wall's start",
      },
    ])
  })
})
