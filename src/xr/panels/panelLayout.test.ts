import { describe, expect, it } from 'vitest'
import { panelLayout } from './panelLayout'

describe('the headset panel layout', () => {
  it('holds ten lines of 26 ems at 100% under a one-line title, as the panel always did', () => {
    expect(panelLayout('Short title', 1).page).toEqual({ lineEms: 26, lines: 10 })
  })

  it('holds fewer, shorter lines as the text grows, and starts the body below a longer title', () => {
    const normal = panelLayout('Welcome: The Metaverse as a Hot Word', 1)
    const large = panelLayout('Welcome: The Metaverse as a Hot Word', 1.5)
    expect(large.bodySize).toBeCloseTo(normal.bodySize * 1.5, 9)
    expect(large.page.lineEms).toBeLessThan(normal.page.lineEms)
    expect(large.page.lines).toBeLessThan(normal.page.lines)
    expect(large.bodyTop).toBeLessThan(normal.bodyTop)
  })
})
