import { describe, expect, it } from 'vitest'
import defaultExhibition from '../content/default-exhibition.json'
import { parseExhibition } from '../content/parse'
import type { Exhibition } from '../content/schema'
import { BODY_RADIUS } from './collision'
import { freeSpot } from './freeSpot'
import { entrancePose, obstaclesOf, standBox, viewingPose } from './geometry'
import { boxesOverlap } from './overlap'
import { findPath } from './pathfinding'
import { unreachableExhibits } from './reachability'

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}

const wall = (from: [number, number], to: [number, number], openings: { offset: number; width: number }[] = []) => ({
  from,
  to,
  thickness: 0.2,
  openings,
})

describe('reachability', () => {
  it('every shipped exhibit can be reached from the entrance', () => {
    const { hall, exhibits } = shipped()
    expect(unreachableExhibits(hall, exhibits)).toEqual([])
  })

  it('agrees with the tour’s route finding for a walled-off stand and for a doorway too narrow for a body', () => {
    const doc = shipped()
    const shut = { ...doc.hall, walls: [...doc.hall.walls, wall([-12, 6], [-12, 14])] }
    expect(unreachableExhibits(shut, doc.exhibits).map((e) => e.id)).toEqual(['local-policies'])
    const target = doc.exhibits.find((e) => e.id === 'local-policies')
    if (!target) throw new Error('no local-policies')
    expect(
      findPath(entrancePose(shut), viewingPose(target), BODY_RADIUS, obstaclesOf(shut, doc.exhibits), shut),
    ).toBeNull()
    const opened = { ...doc.hall, walls: [...doc.hall.walls, wall([-12, 6], [-12, 14], [{ offset: 6, width: 1.2 }])] }
    expect(unreachableExhibits(opened, doc.exhibits)).toEqual([])
    expect(
      findPath(entrancePose(opened), viewingPose(target), BODY_RADIUS, obstaclesOf(opened, doc.exhibits), opened),
    ).not.toBeNull()
  })
})

describe('free floor for a new stand', () => {
  it('is inside the zone, clear of walls, other stands and doorways, and can be read', () => {
    const doc = shipped()
    const zone = doc.hall.zones.find((z) => z.id === 'difficulties')
    if (!zone) throw new Error('no zone')
    const exhibits = [...doc.exhibits]
    for (let i = 0; i < 3; i++) {
      const spot = freeSpot(doc.hall, exhibits, zone.area, 'text')
      if (!spot) throw new Error('no free spot')
      const stand = {
        ...doc.exhibits[0],
        id: `new-${i}`,
        zone: zone.id,
        kind: 'text' as const,
        position: spot,
        rotation: 0,
      } as Exhibition['exhibits'][number]
      expect(exhibits.some((other) => boxesOverlap(standBox(stand), standBox(other)))).toBe(false)
      expect(spot[0]).toBeGreaterThanOrEqual(-6)
      expect(spot[0]).toBeLessThanOrEqual(6)
      exhibits.push(stand)
      expect(unreachableExhibits(doc.hall, exhibits)).toEqual([])
    }
  })
})
