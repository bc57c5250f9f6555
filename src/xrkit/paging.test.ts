import { describe, expect, it } from 'vitest'
import { paginate, textEms } from './paging'

const layout = { lineEms: 10, lines: 4 }

describe('paging long texts for a headset panel', () => {
  it('measures Chinese as full width and Latin as about half', () => {
    expect(textEms('展厅')).toBe(2)
    expect(textEms('ab')).toBeCloseTo(1.1)
  })

  it('keeps short texts on one page', () => {
    expect(paginate(['短文。', 'Short.'], layout)).toEqual([['短文。', 'Short.']])
  })

  it('splits long texts at sentence ends, losing nothing', () => {
    const paragraph = '第一句话很长很长。第二句话也很长很长。第三句话还是很长。第四句话结束了。'
    const pages = paginate([paragraph, '下一段。'], layout)
    expect(pages.length).toBeGreaterThan(1)
    expect(pages.flat().join('')).toBe(`${paragraph}下一段。`)
    for (const page of pages) {
      const lines = page.reduce((sum, p, i) => sum + Math.ceil(textEms(p) / layout.lineEms) + (i ? 1 : 0), 0)
      expect(lines).toBeLessThanOrEqual(layout.lines)
    }
    expect(pages[0]?.[0]?.endsWith('。')).toBe(true)
  })

  it('cuts a sentence longer than a page by characters', () => {
    const pages = paginate(['字'.repeat(95)], layout)
    expect(pages.map((page) => page.join('').length)).toEqual([40, 40, 15])
  })

  it('has one empty page for no text', () => {
    expect(paginate([], layout)).toEqual([[]])
  })
})
