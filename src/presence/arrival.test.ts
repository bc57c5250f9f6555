import { describe, expect, it } from 'vitest'
import { BODY_RADIUS, isFree } from '../world/collision'
import type { FloorBox } from '../world/geometry'
import { arrivalPose, yawTowards } from './arrival'

const wall = (minX: number, maxX: number, minZ: number, maxZ: number): FloorBox => ({
  x: (minX + maxX) / 2,
  z: (minZ + maxZ) / 2,
  halfWidth: (maxX - minX) / 2,
  halfDepth: (maxZ - minZ) / 2,
  yaw: 0,
})

describe('where visitors brought to a guide stand', () => {
  const guide = { x: 0, z: 0, yaw: 0 }

  it('gives distinct slots distinct free spots beside the guide, never on the guide', () => {
    const spots = Array.from({ length: 12 }, (_, slot) => arrivalPose(guide, slot, [], null))
    const keys = new Set(spots.map((spot) => `${spot.x.toFixed(2)},${spot.z.toFixed(2)}`))
    expect(keys.size).toBe(12)
    for (const spot of spots) expect(Math.hypot(spot.x, spot.z)).toBeGreaterThan(0.8)
    // The first two stand level with the guide, right then left.
    expect(spots[0]).toMatchObject({ z: 0 })
    expect(spots[0]?.x).toBeCloseTo(0.9)
    expect(spots[1]?.x).toBeCloseTo(-0.9)
  })

  it('faces the exhibit the guide faces', () => {
    const exhibit = { x: 0, z: -2 }
    const spot = arrivalPose(guide, 0, [], exhibit)
    expect(spot.yaw).toBeCloseTo(yawTowards(spot, exhibit))
    // From the guide's right, the exhibit ahead is a little to the left: yaw turns positive (counter-clockwise).
    expect(spot.yaw).toBeGreaterThan(0)
  })

  it('keeps off walls and out of the next room', () => {
    // A wall 1.2 m to the guide's right: the right-hand spots beyond it are out of sight, those inside it not free.
    const obstacles = [wall(1.2, 1.4, -10, 10)]
    for (let slot = 0; slot < 10; slot++) {
      const spot = arrivalPose(guide, slot, obstacles, null)
      expect(isFree(spot, BODY_RADIUS, obstacles)).toBe(true)
      expect(spot.x).toBeLessThan(1.2)
    }
  })

  it('stands where the guide does when nowhere else is free', () => {
    const boxed = [wall(-0.5, 0.5, -3, -0.4), wall(-0.5, 0.5, 0.4, 3), wall(-3, -0.4, -3, 3), wall(0.4, 3, -3, 3)]
    expect(arrivalPose({ x: 0, z: 0, yaw: 1 }, 3, boxed, null)).toEqual({ x: 0, z: 0, yaw: 1 })
  })
})
