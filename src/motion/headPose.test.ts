import { Euler, Matrix4, Quaternion, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { createHeadPose, headPoseOf, yawOfForward } from './headPose'

const matrixOf = (x: number, y: number, z: number, yaw: number, pitch: number, roll = 0) =>
  new Matrix4().compose(
    new Vector3(x, y, z),
    new Quaternion().setFromEuler(new Euler(pitch, yaw, roll, 'YXZ')),
    new Vector3(1, 1, 1),
  )

describe('head pose from a world matrix', () => {
  it('reads position, height, yaw and pitch, whatever the roll', () => {
    const pose = headPoseOf(matrixOf(1, 1.7, -2, 0.8, 0.3, 0.4), createHeadPose())
    expect(pose.x).toBeCloseTo(1)
    expect(pose.z).toBeCloseTo(-2)
    expect(pose.height).toBeCloseTo(1.7)
    expect(pose.yaw).toBeCloseTo(0.8)
    expect(pose.pitch).toBeCloseTo(0.3)
  })

  it('reads yaw from a forward vector: 0 looks towards -z, positive turns left', () => {
    expect(yawOfForward(0, -1)).toBeCloseTo(0)
    expect(yawOfForward(-1, 0)).toBeCloseTo(Math.PI / 2)
  })
})
