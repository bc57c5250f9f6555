import { describe, expect, it } from 'vitest'
import doc from '../content/default-exhibition.json'
import { describeProblems, parseExhibition } from '../content/parse'
import type { Exhibit, Exhibition, Wall } from '../content/schema'
import { STAND_DIMENSIONS } from './standDimensions'

/**
 * Text and image stands are 0.3 m deep and their centres stand 0.5 m from the wall's centre line; deeper stands
 * (interactive ones are 0.9 m) stand further out, by half the extra depth, leaving the same gap behind them.
 */
const STAND_OFFSET = 0.5
const standOffset = (kind: Exhibit['kind']) => STAND_OFFSET + (STAND_DIMENSIONS[kind].depth - 0.3) / 2
const MIN_FROM_OPENING = 2.6
const MIN_FROM_CORNER = 1.8
const MIN_BETWEEN_STANDS = 2.8

function parsed(): Exhibition {
  const result = parseExhibition(doc)
  if (!result.ok) throw new Error(`default exhibition is invalid:\n${describeProblems(result.problems)}`)
  return result.exhibition
}

const facing = (rotation: number): [number, number] => {
  const radians = (rotation * Math.PI) / 180
  return [Math.round(Math.sin(radians) * 1e6) / 1e6, Math.round(Math.cos(radians) * 1e6) / 1e6]
}
const distance = (a: readonly [number, number], b: readonly [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1])

function openingCentres(wall: Wall): [number, number][] {
  const length = distance(wall.from, wall.to)
  const ux = (wall.to[0] - wall.from[0]) / length
  const uz = (wall.to[1] - wall.from[1]) / length
  return wall.openings.map((opening) => [wall.from[0] + ux * opening.offset, wall.from[1] + uz * opening.offset])
}

/** The wall a stand backs onto: its centre `standOffset` from the wall's line, within the wall's span, facing away from it. */
function backingWall(walls: readonly Wall[], { position, rotation, kind }: Exhibit): Wall | undefined {
  const [fx, fz] = facing(rotation)
  return walls.find((wall) => {
    const length = distance(wall.from, wall.to)
    const ux = (wall.to[0] - wall.from[0]) / length
    const uz = (wall.to[1] - wall.from[1]) / length
    const rx = position[0] - wall.from[0]
    const rz = position[1] - wall.from[1]
    const along = rx * ux + rz * uz
    const across = rx * -uz + rz * ux
    const normal = Math.sign(across)
    return (
      along > 0 &&
      along < length &&
      Math.abs(Math.abs(across) - standOffset(kind)) < 1e-6 &&
      Math.abs(fx - -uz * normal) < 1e-6 &&
      Math.abs(fz - ux * normal) < 1e-6
    )
  })
}

describe("the default exhibition's layout", () => {
  const exhibition = parsed()

  it('places every stand inside its zone, against a wall and clear of doors, corners and other stands', () => {
    const { walls, zones } = exhibition.hall
    const openings = walls.flatMap(openingCentres)
    const corners = walls.flatMap((wall) => [wall.from, wall.to])
    for (const exhibit of exhibition.exhibits) {
      const zone = zones.find((candidate) => candidate.id === exhibit.zone)
      const [[minX, minZ], [maxX, maxZ]] = zone?.area ?? [
        [0, 0],
        [0, 0],
      ]
      const [x, z] = exhibit.position
      expect(x >= minX && x <= maxX && z >= minZ && z <= maxZ, `${exhibit.id} inside zone ${exhibit.zone}`).toBe(true)
      if (exhibit.tour !== 1) {
        expect(backingWall(walls, exhibit), `${exhibit.id} backs onto a wall`).toBeDefined()
      }
      expect(!(z > 13 && Math.abs(x) < 4), `${exhibit.id} keeps the entrance clear`).toBe(true)
      for (const opening of openings) {
        expect(distance(exhibit.position, opening), `${exhibit.id} from opening ${opening}`).toBeGreaterThanOrEqual(
          MIN_FROM_OPENING,
        )
      }
      for (const corner of corners) {
        expect(distance(exhibit.position, corner), `${exhibit.id} from corner ${corner}`).toBeGreaterThanOrEqual(
          MIN_FROM_CORNER,
        )
      }
    }
    exhibition.exhibits.forEach((a, i) => {
      for (const b of exhibition.exhibits.slice(i + 1)) {
        expect(distance(a.position, b.position), `${a.id} to ${b.id}`).toBeGreaterThanOrEqual(MIN_BETWEEN_STANDS)
      }
    })
  })
})
