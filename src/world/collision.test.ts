import { describe, expect, it } from 'vitest'
import { isFree, moveWithCollision, pushOut } from './collision'
import type { FloorBox } from './geometry'

const wallAlongX: FloorBox = { x: 0, z: 0, halfWidth: 5, halfDepth: 0.1, yaw: 0 }

describe('collision', () => {
  it('stops a visitor walking into a wall at body radius from its face', () => {
    const end = moveWithCollision({ x: 0, z: 3 }, 0, -5, 0.3, [wallAlongX])
    expect(end.z).toBeCloseTo(0.4, 5)
    expect(end.x).toBeCloseTo(0, 5)
  })

  it('slides along a wall when walking into it at an angle', () => {
    const end = moveWithCollision({ x: 0, z: 1 }, 2, -2, 0.3, [wallAlongX])
    expect(end.x).toBeGreaterThan(1.5)
    expect(end.z).toBeCloseTo(0.4, 5)
  })

  it('cannot tunnel through a thin wall with one long step', () => {
    const end = moveWithCollision({ x: 0, z: 2 }, 0, -4, 0.3, [wallAlongX])
    expect(end.z).toBeGreaterThan(0)
  })

  it('handles rotated boxes', () => {
    const rotated: FloorBox = { ...wallAlongX, yaw: Math.PI / 2 } // now runs along z
    expect(pushOut(0.2, 2, 0.3, rotated)).not.toBeNull()
    expect(pushOut(2, 0, 0.3, rotated)).toBeNull()
    const end = moveWithCollision({ x: 3, z: 0 }, -5, 0, 0.3, [rotated])
    expect(end.x).toBeCloseTo(0.4, 5)
  })

  it('walks freely where nothing is in the way', () => {
    const end = moveWithCollision({ x: 0, z: 3 }, 1, 1, 0.3, [wallAlongX])
    expect(end.x).toBeCloseTo(1, 9)
    expect(end.z).toBeCloseTo(4, 9)
    expect(isFree({ x: 0, z: 3 }, 0.3, [wallAlongX])).toBe(true)
    expect(isFree({ x: 0, z: 0.2 }, 0.3, [wallAlongX])).toBe(false)
  })
})
