import { describe, expect, it } from 'vitest'
import { layoutRow, wrapRow } from './rowLayout'

const close = (values: readonly number[]) => values.map((value) => Math.round(value * 1e6) / 1e6)

describe('laying out a row of headset buttons', () => {
  it('centres the row on the middle, gap apart', () => {
    const { xs, widths, scale } = layoutRow([0.2, 0.2], { gap: 0.02 })
    expect(close(xs)).toEqual([-0.11, 0.11])
    expect(widths).toEqual([0.2, 0.2])
    expect(scale).toBe(1)
  })

  it('keeps one button in the middle, and mixed widths touching nowhere', () => {
    expect(layoutRow([0.3]).xs).toEqual([0])
    const { xs, widths } = layoutRow([0.2, 0.1, 0.3], { gap: 0.05 })
    expect(close(xs)).toEqual([-0.25, -0.05, 0.2])
    for (let i = 1; i < xs.length; i++) {
      const gap = (xs[i] ?? 0) - (widths[i] ?? 0) / 2 - ((xs[i - 1] ?? 0) + (widths[i - 1] ?? 0) / 2)
      expect(gap).toBeCloseTo(0.05, 9)
    }
  })

  it('starts at the left edge when asked to', () => {
    expect(close(layoutRow([0.46], { gap: 0.02, maxWidth: 0.94, align: 'start' }).xs)).toEqual([-0.24])
  })

  it('shrinks a row too wide for its space to fit it exactly', () => {
    const { xs, widths, scale } = layoutRow([0.5, 0.5], { gap: 0.1, maxWidth: 0.55 })
    expect(scale).toBeCloseTo(0.5, 9)
    expect(close(widths)).toEqual([0.25, 0.25])
    const left = (xs[0] ?? 0) - (widths[0] ?? 0) / 2
    const right = (xs[1] ?? 0) + (widths[1] ?? 0) / 2
    expect(left).toBeCloseTo(-0.275, 9)
    expect(right).toBeCloseTo(0.275, 9)
  })

  it('wraps items onto lines that fit, in order', () => {
    expect(wrapRow([0.3, 0.3, 0.3, 0.5], { gap: 0.02, maxWidth: 0.7 })).toEqual([[0, 1], [2], [3]])
    expect(wrapRow([0.9, 0.1], { maxWidth: 0.5 })).toEqual([[0], [1]])
    expect(wrapRow([])).toEqual([])
  })
})
