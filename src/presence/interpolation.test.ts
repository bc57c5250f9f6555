import { describe, expect, it } from 'vitest'
import { emptyPose, lerpAngle, newPoseBuffer, pushPose, sampleAt, stillMoving } from './interpolation'

const at = (x: number, yaw = 0) => ({ ...emptyPose(), x, yaw })

describe('interpolation buffer', () => {
  it('draws nothing before the first pose', () => {
    expect(sampleAt(newPoseBuffer(), 0, emptyPose())).toBe(false)
  })

  it('moves smoothly between received poses', () => {
    const buffer = newPoseBuffer()
    pushPose(buffer, 1000, at(0))
    pushPose(buffer, 1066, at(1))
    pushPose(buffer, 1133, at(2))
    const out = emptyPose()
    sampleAt(buffer, 1033, out)
    expect(out.x).toBeCloseTo(0.5)
    sampleAt(buffer, 1099.5, out)
    expect(out.x).toBeCloseTo(1.5)
  })

  it('holds the first pose before the buffer and the last after it, never extrapolating', () => {
    const buffer = newPoseBuffer()
    pushPose(buffer, 1000, at(3))
    pushPose(buffer, 1050, at(4))
    const out = emptyPose()
    sampleAt(buffer, 900, out)
    expect(out.x).toBe(3)
    sampleAt(buffer, 5000, out)
    expect(out.x).toBe(4)
  })

  it('turns the short way round through ±π', () => {
    expect(lerpAngle(3, -3, 0.5)).toBeCloseTo(Math.PI, 2)
    const buffer = newPoseBuffer()
    pushPose(buffer, 0, at(0, 3))
    pushPose(buffer, 100, at(0, -3))
    const out = emptyPose()
    sampleAt(buffer, 50, out)
    expect(Math.abs(Math.cos(out.yaw) + 1)).toBeLessThan(0.01)
  })

  it('keeps a bounded number of samples and reports when it has caught up', () => {
    const buffer = newPoseBuffer()
    for (let i = 0; i < 100; i++) pushPose(buffer, i * 50, at(i))
    expect(buffer.times.length).toBeLessThanOrEqual(8)
    expect(stillMoving(buffer, 99 * 50 + 50)).toBe(true)
    expect(stillMoving(buffer, 99 * 50 + 101)).toBe(false)
  })

  it('lets a later pose in the same millisecond replace the earlier one', () => {
    const buffer = newPoseBuffer()
    pushPose(buffer, 10, at(1))
    pushPose(buffer, 10, at(2))
    expect(buffer.poses).toHaveLength(1)
    expect(buffer.poses[0]?.x).toBe(2)
  })
})
