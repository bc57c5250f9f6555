import { Matrix4, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { bodyMatrix, handMatrix, headMatrix } from './avatarLayout'
import { emptyPose } from './interpolation'

const forward = (m: Matrix4) => new Vector3(0, 0, -1).transformDirection(m)

describe('avatar layout', () => {
  it('puts the head at the eyes and turns it where the visitor looks (yaw 0 looks towards -z)', () => {
    const m = headMatrix({ ...emptyPose(), x: 2, y: 1.6, z: -3, yaw: Math.PI / 2 }, new Matrix4())
    expect(new Vector3().setFromMatrixPosition(m).toArray()).toEqual([2, 1.6, -3])
    const f = forward(m)
    expect(f.x).toBeCloseTo(-1)
    expect(f.z).toBeCloseTo(0)
  })

  it('stands the body on the floor under the head, facing the same way', () => {
    const m = bodyMatrix({ ...emptyPose(), x: 1, y: 1.6, z: 1, yaw: Math.PI }, new Matrix4())
    expect(new Vector3().setFromMatrixPosition(m).y).toBe(0)
    expect(forward(m).z).toBeCloseTo(1)
  })

  it('places each hand at its own grip', () => {
    const pose = { ...emptyPose(), hands: true, lx: -0.3, ly: 1.1, lz: 0.2, rx: 0.3, ry: 1.2, rz: 0.1 }
    expect(new Vector3().setFromMatrixPosition(handMatrix(pose, 'left', new Matrix4())).x).toBeCloseTo(-0.3)
    expect(new Vector3().setFromMatrixPosition(handMatrix(pose, 'right', new Matrix4())).y).toBeCloseTo(1.2)
  })
})
