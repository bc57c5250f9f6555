import { describe, expect, it } from 'vitest'
import { type PoseMessage, poseFits, poseMessageSchema } from '../content/presence'
import { quantizePose, sameQuantizedPose } from './quantize'

const hall = { width: 40, depth: 30 }

describe('pose quantization', () => {
  it('sends centimetres and ten-thousandths of a radian, within a half step of the truth', () => {
    const q = quantizePose({ mode: 'desktop', head: [1.234, 1.6, -5.6789], yaw: 0.12345, pitch: -0.5 })
    expect(q).toEqual({ mode: 'desktop', head: [123, 160, -568], yaw: 1235, pitch: -5000 })
    expect(poseMessageSchema.safeParse(q).success).toBe(true)
  })

  it('wraps angles into the range the server accepts', () => {
    const q = quantizePose({ mode: 'desktop', head: [0, 1.6, 0], yaw: 7, pitch: 0 })
    expect(Math.abs(q.yaw)).toBeLessThanOrEqual(31416)
    expect(poseMessageSchema.safeParse(q).success).toBe(true)
  })

  it('treats poses that quantize alike as unchanged, so a still visitor sends nothing', () => {
    const a = quantizePose({ mode: 'vr', head: [1, 1.6, 1], yaw: 0, pitch: 0, left: [0.8, 1.2, 1] })
    const b = quantizePose({ mode: 'vr', head: [1.001, 1.6, 1], yaw: 0.00001, pitch: 0, left: [0.8, 1.2, 1.002] })
    expect(sameQuantizedPose(a, b)).toBe(true)
    const moved = quantizePose({ mode: 'vr', head: [1.02, 1.6, 1], yaw: 0, pitch: 0, left: [0.8, 1.2, 1] })
    expect(sameQuantizedPose(a, moved)).toBe(false)
    expect(sameQuantizedPose(undefined, a)).toBe(false)
  })

  it('the server refuses a head outside the hall, a hand 10 m from the head, and NaN', () => {
    const inside: PoseMessage = { mode: 'vr', head: [0, 160, 0], yaw: 0, pitch: 0, right: [30, 120, 20] }
    expect(poseFits(inside, hall)).toBe(true)
    expect(poseFits({ ...inside, head: [2100, 160, 0] }, hall)).toBe(false)
    expect(poseFits({ ...inside, right: [1000, 160, 0] }, hall)).toBe(false)
    expect(poseMessageSchema.safeParse({ ...inside, yaw: Number.NaN }).success).toBe(false)
  })
})
