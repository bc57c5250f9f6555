import { describe, expect, it } from 'vitest'
import { seededRandom } from './random'

describe('seededRandom', () => {
  it('repeats a run for the same seed and differs for another, within [0, 1)', () => {
    const a = Array.from({ length: 50 }, seededRandom(7))
    const b = Array.from({ length: 50 }, seededRandom(7))
    const c = Array.from({ length: 50 }, seededRandom(8))
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
    expect(a.every((value) => value >= 0 && value < 1)).toBe(true)
    // Spread over the interval, not stuck in one corner of it.
    expect(Math.min(...a)).toBeLessThan(0.2)
    expect(Math.max(...a)).toBeGreaterThan(0.8)
  })
})
