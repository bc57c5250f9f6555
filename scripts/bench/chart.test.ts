import { describe, expect, it } from 'vitest'
import { scalingChart } from './chart'

describe('the scaling chart', () => {
  const series = [
    {
      title: 'Draw calls',
      unit: 'entrance',
      points: [
        { exhibits: 17, on: 16, off: 110 },
        { exhibits: 170, on: 17, off: 900 },
        { exhibits: 850, on: 17, off: 4000 },
      ],
    },
    { title: 'First frame', unit: 'ms', points: [{ exhibits: 17, on: 5000, off: 4600 }] },
  ]
  const svg = scalingChart(series, 'SwiftShader, 2 cores')

  it('draws one panel per figure, a line each for optimizations on and off', () => {
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg.match(/<polyline/g)).toHaveLength(4)
    expect(svg).toContain('Draw calls (entrance)')
    expect(svg).toContain('SwiftShader, 2 cores')
  })

  it('puts more draw calls higher up the panel', () => {
    const [off = '', on = ''] = [...svg.matchAll(/points="([^"]+)"/g)].map((match) => match[1] ?? '')
    const lastY = (points: string) => Number(points.split(' ').at(-1)?.split(',')[1])
    // SVG y grows downwards: the 4000 draw calls without optimizations sit above the 17 with them.
    expect(lastY(off)).toBeLessThan(lastY(on))
  })

  it('escapes text so a title cannot break the markup', () => {
    expect(scalingChart([{ title: 'a < b & c', unit: 'ms', points: [] }], '')).toContain('a &lt; b &amp; c')
  })
})
