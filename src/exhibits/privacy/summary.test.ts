import { describe, expect, it } from 'vitest'
import { MotionLog } from './motionLog'
import { summarize } from './summary'

const at = (x: number, y: number, z: number) => ({ x, y, z })

describe('the motion a headset records', () => {
  it('sums a walk, a look around and the eye height from head samples', () => {
    const log = new MotionLog(100)
    // One second: 2 m walked north at 1.7 m eye height, turning a quarter left, looking down then up.
    for (let i = 0; i <= 10; i++) {
      log.push(i * 100, at(0, 1.7, -0.2 * i), (Math.PI / 2) * (i / 10), i < 5 ? -0.3 : 0.2, null, null)
    }
    const summary = summarize(log)
    expect(summary.samples).toBe(11)
    expect(summary.seconds).toBeCloseTo(1, 6)
    expect(summary.walked).toBeCloseTo(2, 6)
    expect(summary.turned).toBeCloseTo(90, 6)
    expect(summary.eyeHeight).toBeCloseTo(1.7, 6)
    expect(summary.pitchRange[0]).toBeCloseTo(-0.3 * (180 / Math.PI), 6)
    expect(summary.pitchRange[1]).toBeCloseTo(0.2 * (180 / Math.PI), 6)
    expect(summary.left).toBeNull()
    expect(summary.dominant).toBeNull()
  })

  it('counts turning across the back of the circle as the short way round', () => {
    const log = new MotionLog(10)
    log.push(0, at(0, 1.6, 0), Math.PI - 0.1, 0, null, null)
    log.push(100, at(0, 1.6, 0), -Math.PI + 0.1, 0, null, null)
    expect(summarize(log).turned).toBeCloseTo(0.2 * (180 / Math.PI), 6)
  })

  it('tells the busier hand and how far each reached from the head', () => {
    const log = new MotionLog(100)
    for (let i = 0; i < 10; i++) {
      const right = at(0.3 + 0.05 * i, 1.2, -0.3)
      const left = i % 2 ? at(-0.2, 1.2, -0.2) : null
      log.push(i * 50, at(0, 1.6, 0), 0, 0, left, right)
    }
    const summary = summarize(log)
    expect(summary.right?.travelled).toBeCloseTo(0.45, 6)
    expect(summary.right?.reach).toBeCloseTo(Math.hypot(0.75, 0.3), 6)
    // The left hand was tracked only every other frame: no distance across the gaps.
    expect(summary.left?.travelled).toBe(0)
    expect(summary.dominant).toBe('right')
  })

  it('keeps only the newest samples once full, and forgets everything when cleared', () => {
    const log = new MotionLog(5)
    for (let i = 0; i < 8; i++) log.push(i * 100, at(i, 1.6, 0), 0, 0, null, null)
    expect(log.length).toBe(5)
    expect(log.headAt(0)[1]).toBe(3)
    expect(summarize(log).walked).toBeCloseTo(4, 6)
    log.clear()
    expect(log.length).toBe(0)
    expect(summarize(log)).toMatchObject({ samples: 0, seconds: 0, walked: 0, turned: 0, eyeHeight: 0 })
  })
})
