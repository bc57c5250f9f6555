import { describe, expect, it } from 'vitest'
import { DAYS, FLAG_AFTER_DAYS, simulateMarket } from './model'

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8]

describe('simulateMarket', () => {
  it('lets manipulation blow a bubble far above the honest market, which then bursts', () => {
    for (const seed of SEEDS) {
      const honest = simulateMarket({ manipulation: false, monitoring: false, seed })
      const pumped = simulateMarket({ manipulation: true, monitoring: false, seed })
      expect(pumped.peakPrice, `seed ${seed}`).toBeGreaterThan(honest.peakPrice * 4)
      expect(pumped.drawdown, `seed ${seed}`).toBeGreaterThan(0.6)
      expect(pumped.washShare, `seed ${seed}`).toBeGreaterThan(0.2)
      expect(honest.washShare).toBe(0)
    }
  })

  it('flags the wash trading when monitored, and enforcement keeps the peak and the losses small', () => {
    for (const seed of SEEDS) {
      const unwatched = simulateMarket({ manipulation: true, monitoring: false, seed })
      const watched = simulateMarket({ manipulation: true, monitoring: true, seed })
      expect(unwatched.firstFlagDay).toBeNull()
      expect(watched.firstFlagDay, `seed ${seed}`).not.toBeNull()
      expect(watched.peakPrice, `seed ${seed}`).toBeLessThan(unwatched.peakPrice / 4)
      expect(watched.drawdown, `seed ${seed}`).toBeLessThan(unwatched.drawdown)
      expect(watched.washShare).toBeLessThan(unwatched.washShare / 4)
      // Not on the first suspicious day: monitoring waits for a pattern.
      expect(watched.firstFlagDay ?? 0).toBeGreaterThanOrEqual(FLAG_AFTER_DAYS - 1)
    }
  })

  it('raises no flag over an honest market', () => {
    for (const seed of SEEDS) {
      const result = simulateMarket({ manipulation: false, monitoring: true, seed })
      expect(result.firstFlagDay).toBeNull()
      expect(result.days.some((day) => day.flagged)).toBe(false)
    }
  })

  it('simulates every day with positive prices, the same way for the same seed', () => {
    const result = simulateMarket({ manipulation: true, monitoring: false, seed: 3 })
    expect(result.days).toHaveLength(DAYS)
    expect(result.days.every((day) => day.price > 0 && day.realVolume > 0)).toBe(true)
    expect(result).toEqual(simulateMarket({ manipulation: true, monitoring: false, seed: 3 }))
    expect(result).not.toEqual(simulateMarket({ manipulation: true, monitoring: false, seed: 4 }))
  })
})
