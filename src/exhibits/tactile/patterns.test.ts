import { describe, expect, it } from 'vitest'
import { PATTERN_IDS, PATTERNS, pulseAt, schedule, toneFor, totalDurationMs } from './patterns'

describe('haptic patterns', () => {
  it('holds only pulses a controller motor can play: strength 0..1, positive lengths, under two seconds in all', () => {
    for (const id of PATTERN_IDS) {
      const pattern = PATTERNS[id]
      expect(pattern.length, id).toBeGreaterThanOrEqual(3)
      for (const pulse of pattern) {
        expect(pulse.intensity).toBeGreaterThan(0)
        expect(pulse.intensity).toBeLessThanOrEqual(1)
        expect(pulse.durationMs).toBeGreaterThan(0)
        expect(pulse.gapMs).toBeGreaterThanOrEqual(0)
      }
      expect(totalDurationMs(pattern), id).toBeLessThan(2000)
    }
  })

  it('are told apart by rhythm or strength', () => {
    const signature = (id: (typeof PATTERN_IDS)[number]) =>
      JSON.stringify(PATTERNS[id].map((pulse) => [pulse.intensity, pulse.durationMs, pulse.gapMs]))
    expect(new Set(PATTERN_IDS.map(signature)).size).toBe(PATTERN_IDS.length)
  })

  it('schedules each pulse after the previous pulse and its pause', () => {
    const placed = schedule(PATTERNS.heartbeat)
    expect(placed.map((pulse) => pulse.startMs)).toEqual([0, 200, 790, 990])
    expect(totalDurationMs(PATTERNS.heartbeat)).toBe(1060)
  })

  it('says which pulse is buzzing at a moment, and none in the pauses', () => {
    expect(pulseAt(PATTERNS.knock, 0)).toBe(0)
    expect(pulseAt(PATTERNS.knock, 44)).toBe(0)
    expect(pulseAt(PATTERNS.knock, 100)).toBeNull()
    expect(pulseAt(PATTERNS.knock, 210)).toBe(1)
    expect(pulseAt(PATTERNS.knock, 10_000)).toBeNull()
  })

  it('sounds a stronger pulse louder and higher, within a quiet range', () => {
    const [soft, strong] = [
      toneFor({ intensity: 0.2, durationMs: 50, gapMs: 0 }),
      toneFor(PATTERNS.heartbeat[0] ?? { intensity: 1, durationMs: 1, gapMs: 0 }),
    ]
    expect(strong.gain).toBeGreaterThan(soft.gain)
    expect(strong.frequencyHz).toBeGreaterThan(soft.frequencyHz)
    expect(strong.gain).toBeLessThanOrEqual(0.3)
  })
})
