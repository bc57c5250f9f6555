import { describe, expect, it } from 'vitest'
import { moveHead } from './headMove'
import { yawOfForward } from './headPose'

describe('moving the play area under the head', () => {
  it('teleports: the head lands on the target, the view keeps its direction', () => {
    const out = moveHead({ x: 1, z: 2, yaw: 0.3 }, 1.5, 2.5, 3, -4, 0, { x: 0, z: 0, yaw: 0 })
    // The origin moves by exactly the head's displacement.
    expect(out.x).toBeCloseTo(4)
    expect(out.z).toBeCloseTo(-2)
    expect(out.yaw).toBeCloseTo(0.3)
  })

  it('turns about the head, which stays where it was', () => {
    const origin = { x: 0, z: 0, yaw: 0 }
    const head = { x: 1, z: 0 }
    const out = moveHead(origin, head.x, head.z, 0, 0, Math.PI / 2, { x: 0, z: 0, yaw: 0 })
    expect(out.yaw).toBeCloseTo(Math.PI / 2)
    // The head, 1 m along the origin's +x, is now 1 m along the turned +x, which points to -z.
    const headAfterX = out.x + Math.cos(out.yaw) * 1
    const headAfterZ = out.z - Math.sin(out.yaw) * 1
    expect(headAfterX).toBeCloseTo(head.x)
    expect(headAfterZ).toBeCloseTo(head.z)
  })

  it('reads yaw from a forward vector: 0 looks towards -z, positive turns left', () => {
    expect(yawOfForward(0, -1)).toBeCloseTo(0)
    expect(yawOfForward(-1, 0)).toBeCloseTo(Math.PI / 2)
    expect(yawOfForward(1, 0)).toBeCloseTo(-Math.PI / 2)
  })
})
