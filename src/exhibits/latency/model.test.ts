import { describe, expect, it } from 'vitest'
import { EVENT_GAP_MS, PARTICIPANTS, simulateLatency } from './model'

describe('simulateLatency', () => {
  it('keeps everyone in step on a network without delay or jitter', () => {
    const result = simulateLatency({ delayMs: 0, jitterMs: 0, seed: 3 })
    expect(result.spreadMs).toBe(0)
    expect(result.reversedCount).toBe(0)
    expect(result.inSync).toBe(true)
    for (const view of result.participants) expect([view.seesA, view.seesB]).toEqual([0, EVENT_GAP_MS])
  })

  it('spreads the participants apart in proportion to the delay, without jitter', () => {
    const near = PARTICIPANTS[0]
    const far = PARTICIPANTS[PARTICIPANTS.length - 1] ?? 1
    const at = (delayMs: number) => simulateLatency({ delayMs, jitterMs: 0, seed: 1 }).spreadMs
    expect(at(100)).toBeCloseTo(100 * (far - near), 6)
    expect(at(300)).toBeCloseTo(300 * (far - near), 6)
    expect(at(300)).toBeGreaterThan(at(100))
    expect(simulateLatency({ delayMs: 300, jitterMs: 0, seed: 1 }).inSync).toBe(false)
  })

  it('reverses the order of two close events for some participants once jitter exceeds their gap', () => {
    const seeds = Array.from({ length: 40 }, (_, i) => i + 1)
    const reversed = (jitterMs: number) =>
      seeds.reduce((sum, seed) => sum + simulateLatency({ delayMs: 100, jitterMs, seed }).reversedCount, 0)
    // Jitter under half the gap can never swap them; large jitter often does.
    expect(reversed(EVENT_GAP_MS / 2 - 1)).toBe(0)
    expect(reversed(150)).toBeGreaterThan(seeds.length * 0.5)
  })

  it('gives the same result for the same seed, and new jitter for a new one', () => {
    const settings = { delayMs: 200, jitterMs: 80 }
    expect(simulateLatency({ ...settings, seed: 5 })).toEqual(simulateLatency({ ...settings, seed: 5 }))
    expect(simulateLatency({ ...settings, seed: 5 })).not.toEqual(simulateLatency({ ...settings, seed: 6 }))
  })

  it('never delivers an event before it happened', () => {
    const result = simulateLatency({ delayMs: 0, jitterMs: 150, seed: 9 })
    for (const view of result.participants) {
      expect(view.seesA).toBeGreaterThanOrEqual(0)
      expect(view.seesB).toBeGreaterThanOrEqual(EVENT_GAP_MS)
    }
  })
})
