import { describe, expect, it } from 'vitest'
import defaultExhibition from '../../src/content/default-exhibition.json'
import { glyphsFor } from '../../src/content/glyphs'
import { describeProblems, parseExhibition } from '../../src/content/parse'
import type { Exhibition } from '../../src/content/schema'
import { BODY_RADIUS } from '../../src/world/collision'
import { entrancePose, obstaclesOf, standBox, viewingPose, wallPieces } from '../../src/world/geometry'
import { boxesOverlap } from '../../src/world/overlap'
import { findPath } from '../../src/world/pathfinding'
import { gridFor, scaledExhibition } from './scaledExhibition'

function valid(raw: unknown): Exhibition {
  const result = parseExhibition(raw)
  if (!result.ok) throw new Error(describeProblems(result.problems))
  return result.exhibition
}

const base = valid(defaultExhibition)

describe('scaled exhibitions', () => {
  it('lays pavilions out about twice as wide as deep, within the schema’s 400 m', () => {
    expect(gridFor(1)).toEqual({ columns: 1, rows: 1 })
    expect(gridFor(10)).toEqual({ columns: 5, rows: 2 })
    expect(gridFor(50)).toEqual({ columns: 10, rows: 5 })
  })

  it('gives the base exhibition back for one copy', () => {
    const one = valid(scaledExhibition(base, 1))
    expect(one.exhibits).toEqual(base.exhibits)
    expect(one.hall.zones).toEqual(base.hall.zones)
    expect(one.hall.walls).toHaveLength(base.hall.walls.length)
    expect(one.hall.entrance).toEqual(base.hall.entrance)
  })

  for (const copies of [10, 50]) {
    it(`makes a valid document with ${copies} times the exhibits, zones and walls, and the same glyphs`, () => {
      const scaled = valid(scaledExhibition(base, copies))
      expect(scaled.exhibits).toHaveLength(base.exhibits.length * copies)
      expect(scaled.hall.zones).toHaveLength(base.hall.zones.length * copies)
      // Four outer walls, one between each pair of pavilion columns and rows, and the base's partitions in each.
      const { columns, rows } = gridFor(copies)
      const partitions = base.hall.walls.length - 4
      expect(scaled.hall.walls).toHaveLength(4 + (columns - 1) + (rows - 1) + partitions * copies)
      expect(scaled.hall.width * scaled.hall.depth).toBe(base.hall.width * base.hall.depth * copies)
      // The entrance pavilion keeps the base ids, so links and viewpoints into it still work.
      for (const exhibit of base.exhibits) expect(scaled.exhibits.map((e) => e.id)).toContain(exhibit.id)
      // Digits and brackets are in every subset: the fonts built for the base exhibition cover the copies.
      expect(new Set(glyphsFor(scaled))).toEqual(new Set(glyphsFor(base)))
    })

    it(`places no stand of the ${copies}x hall on another stand or in a wall`, () => {
      const scaled = valid(scaledExhibition(base, copies))
      const stands = scaled.exhibits.map(standBox)
      const walls = scaled.hall.walls
        .flatMap((wall) => wallPieces(wall, scaled.hall.height))
        .filter((piece) => piece.bottom === 0)
      const clashes: string[] = []
      stands.forEach((stand, i) => {
        for (let j = i + 1; j < stands.length; j++) {
          const other = stands[j]
          if (other && Math.hypot(stand.x - other.x, stand.z - other.z) < 3 && boxesOverlap(stand, other))
            clashes.push(`${scaled.exhibits[i]?.id} / ${scaled.exhibits[j]?.id}`)
        }
        for (const wall of walls) if (boxesOverlap(stand, wall)) clashes.push(`${scaled.exhibits[i]?.id} / a wall`)
      })
      expect(clashes).toEqual([])
    })
  }

  it('lets a visitor walk from the entrance to a stand in every pavilion of the 10x hall', () => {
    const scaled = valid(scaledExhibition(base, 10))
    const obstacles = obstaclesOf(scaled.hall, scaled.exhibits)
    const start = entrancePose(scaled.hall)
    const unreachable = scaled.exhibits
      .filter((exhibit) => exhibit.tour % base.exhibits.length === 1)
      .filter((exhibit) => {
        const pose = viewingPose(exhibit)
        return findPath(start, pose, BODY_RADIUS, obstacles, scaled.hall) === null
      })
      .map((exhibit) => exhibit.id)
    expect(unreachable).toEqual([])
    // Route finding over a 180 m hall takes seconds, more on a busy machine.
  }, 120_000)
})
