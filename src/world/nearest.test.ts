import { describe, expect, it } from 'vitest'
import { nearestIndices } from './nearest'

describe('nearest points', () => {
  const points = Float32Array.from([0, 0, 10, 0, 3, 4, -1, 0, 50, 50])
  const nearest = (x: number, z: number, count: number) => {
    const out = new Int32Array(count)
    const found = nearestIndices(points, x, z, count, out, new Float32Array(count))
    return [...out.subarray(0, found)]
  }

  it('lists the nearest first, as many as asked for', () => {
    expect(nearest(0, 0, 3)).toEqual([0, 3, 2])
    expect(nearest(9, 0, 2)).toEqual([1, 2])
  })

  it('lists every point when there are fewer than asked for', () => {
    expect(nearest(0, 0, 10)).toEqual([0, 3, 2, 1, 4])
  })
})
