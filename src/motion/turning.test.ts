import { describe, expect, it } from 'vitest'
import { smoothTurn, snapTurn } from './turning'

describe('snap turn', () => {
  it('turns once by the configured angle per push, right is clockwise', () => {
    const state = { armed: true }
    expect(snapTurn(state, 0.9, 45)).toBeCloseTo(-Math.PI / 4)
    // Held: no further turns.
    expect(snapTurn(state, 1, 45)).toBe(0)
    expect(snapTurn(state, 0.5, 45)).toBe(0)
    // Back to the centre, then left.
    expect(snapTurn(state, 0.1, 45)).toBe(0)
    expect(snapTurn(state, -0.8, 30)).toBeCloseTo(Math.PI / 6)
  })

  it('ignores a small push', () => {
    expect(snapTurn({ armed: true }, 0.5, 45)).toBe(0)
  })
})

describe('smooth turn', () => {
  it('scales with the stick and time, with a dead zone', () => {
    expect(smoothTurn(0.1, 1, 2)).toBe(0)
    expect(smoothTurn(1, 0.5, 2)).toBeCloseTo(-1)
    expect(smoothTurn(-0.5, 1, 2)).toBeCloseTo(1)
  })
})
