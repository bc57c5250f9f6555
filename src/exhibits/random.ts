/**
 * A small seeded generator (mulberry32): the same seed gives the same run, so a visitor's "run again" and a unit
 * test see reproducible results, and no exhibit depends on Math.random.
 */
export type Random = () => number

export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Uniform in [-1, 1]. */
export const signed = (random: Random): number => random() * 2 - 1
