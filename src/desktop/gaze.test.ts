import { describe, expect, it } from 'vitest'
import type { Exhibit } from '../content/schema'
import { exhibitInView } from './gaze'

const stand = (id: string, x: number, z: number, rotation: number) =>
  ({ id, position: [x, z], rotation, kind: 'text' }) as unknown as Exhibit

describe('exhibitInView', () => {
  const north = stand('north', 0, -3, 0) // faces south, towards a visitor at the origin

  it('finds the stand straight ahead', () => {
    expect(exhibitInView({ x: 0, z: 0, yaw: 0 }, [north])?.id).toBe('north')
  })

  it('ignores stands behind, far away, or well off to the side', () => {
    expect(exhibitInView({ x: 0, z: 0, yaw: Math.PI }, [north])).toBeNull()
    expect(exhibitInView({ x: 0, z: 6, yaw: 0 }, [north])).toBeNull()
    expect(exhibitInView({ x: 0, z: 0, yaw: Math.PI / 2 }, [north])).toBeNull()
  })

  it('ignores a stand seen from behind', () => {
    const facingAway = stand('away', 0, -3, 180)
    expect(exhibitInView({ x: 0, z: 0, yaw: 0 }, [facingAway])).toBeNull()
  })

  it('prefers the nearer of two stands in view', () => {
    const far = stand('far', 0.3, -4.5, 0)
    expect(exhibitInView({ x: 0, z: 0, yaw: 0 }, [far, north])?.id).toBe('north')
  })
})
