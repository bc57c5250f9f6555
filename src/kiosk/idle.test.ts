import { describe, expect, it } from 'vitest'
import { countdownSeconds, headCounts, headMoved, idleTiming, kioskView } from './idle'

const still = { x: 1, z: 2, height: 1.6, yaw: 0.5, pitch: 0 }

describe('the kiosk idle clock', () => {
  const timing = idleTiming(120)

  it('waits two minutes by default, warning in the last 20 s', () => {
    expect(timing).toEqual({ idleMs: 120_000, warnMs: 20_000 })
    expect(idleTiming(30)).toEqual({ idleMs: 30_000, warnMs: 7_500 })
  })

  it('is active until the countdown, counts down, then is due', () => {
    const clock = { lastActivityAt: 1_000, fresh: false }
    expect(kioskView(clock, 1_000, timing)).toEqual({ phase: 'active', idleMs: 0 })
    expect(kioskView(clock, 100_999, timing).phase).toBe('active')
    expect(kioskView(clock, 101_000, timing)).toEqual({ phase: 'warning', idleMs: 100_000, remainingMs: 20_000 })
    expect(kioskView(clock, 120_999, timing)).toMatchObject({ phase: 'warning', remainingMs: 1 })
    expect(kioskView(clock, 121_000, timing).phase).toBe('due')
    expect(kioskView(clock, 500_000, timing).phase).toBe('due')
  })

  it('never resets a visit that was just reset and nobody touched', () => {
    expect(kioskView({ lastActivityAt: 0, fresh: true }, 10_000_000, timing)).toEqual({
      phase: 'resting',
      idleMs: 10_000_000,
    })
  })

  it('shows whole seconds, never zero on screen', () => {
    expect(countdownSeconds(20_000)).toBe(20)
    expect(countdownSeconds(19_001)).toBe(20)
    expect(countdownSeconds(1)).toBe(1)
    expect(countdownSeconds(0)).toBe(1)
  })
})

describe('a head that moves', () => {
  it('counts when it moves a few centimetres or turns a few degrees', () => {
    expect(headMoved(still, still)).toBe(false)
    expect(headMoved(still, { ...still, x: still.x + 0.01 })).toBe(false)
    expect(headMoved(still, { ...still, x: still.x + 0.03 })).toBe(true)
    expect(headMoved(still, { ...still, height: 1.5 })).toBe(true)
    expect(headMoved(still, { ...still, yaw: still.yaw + 0.01 })).toBe(false)
    expect(headMoved(still, { ...still, yaw: still.yaw + 0.1 })).toBe(true)
    expect(headMoved(still, { ...still, pitch: -0.1 })).toBe(true)
  })

  it('turning across ±π is a small turn', () => {
    expect(headMoved({ ...still, yaw: Math.PI - 0.005 }, { ...still, yaw: -Math.PI + 0.005 })).toBe(false)
  })

  it('counts only in VR, with the headset on, when the hall is not moving the visitor', () => {
    expect(headCounts(true, 'visible', false)).toBe(true)
    expect(headCounts(true, 'hidden', false)).toBe(false)
    expect(headCounts(true, 'visible-blurred', false)).toBe(false)
    expect(headCounts(true, 'visible', true)).toBe(false)
    expect(headCounts(false, 'visible', false)).toBe(false)
  })
})
