import { describe, expect, it } from 'vitest'
import defaultExhibition from '../content/default-exhibition.json'
import { parseExhibition } from '../content/parse'
import { BODY_RADIUS } from './collision'
import { obstaclesOf } from './geometry'
import { clearLine, findPath } from './pathfinding'

const parsed = parseExhibition(defaultExhibition)
if (!parsed.ok) throw new Error('the default exhibition is invalid')
const { hall, exhibits } = parsed.exhibition
const obstacles = obstaclesOf(hall, exhibits)

describe('findPath', () => {
  it('walks straight when nothing is in the way', () => {
    expect(findPath({ x: 4, z: 12 }, { x: 8, z: 12 }, BODY_RADIUS, obstacles, hall)).toEqual([{ x: 8, z: 12 }])
  })

  it('finds the doorway from the lobby into the west room, and every leg is clear', () => {
    const from = { x: 0, z: 12 }
    const to = { x: -12, z: 0 }
    expect(clearLine(from, to, BODY_RADIUS, obstacles)).toBe(false)
    const path = findPath(from, to, BODY_RADIUS, obstacles, hall)
    expect(path).not.toBeNull()
    const legs = [from, ...(path ?? [])]
    for (let i = 1; i < legs.length; i++) {
      const a = legs[i - 1]
      const b = legs[i]
      if (a && b) expect(clearLine(a, b, BODY_RADIUS, obstacles)).toBe(true)
    }
    // Through the opening at x = -10 in the wall z = 6.
    expect(legs.some((point) => Math.abs(point.x + 10) < 1.6 && Math.abs(point.z - 6) < 1.5)).toBe(true)
    expect(path?.at(-1)).toEqual(to)
  })

  it('says so when the goal is inside a stand', () => {
    const stand = exhibits[0]
    if (!stand) throw new Error('no exhibits')
    expect(
      findPath({ x: 0, z: 12 }, { x: stand.position[0], z: stand.position[1] }, BODY_RADIUS, obstacles, hall),
    ).toBeNull()
  })
})

describe('findPath across the hall', () => {
  it('reaches the far east room from the far west room', () => {
    const from = { x: -14, z: -8 }
    const to = { x: 14, z: -3 }
    const path = findPath(from, to, BODY_RADIUS, obstacles, hall)
    expect(path?.at(-1)).toEqual(to)
    // The route is a handful of straight legs, not a staircase of grid cells.
    expect(path?.length).toBeLessThan(10)
  })
})
