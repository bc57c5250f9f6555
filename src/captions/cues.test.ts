import { describe, expect, it } from 'vitest'
import { captionSentences } from '../content/narration'
import { cueIndexAt, cuesOver, readingCues } from './cues'

describe('caption sentences', () => {
  it('cuts Chinese and English narration after each sentence, keeping colons inside', () => {
    expect(captionSentences('第一句。第二句：有冒号！第三句？')).toEqual(['第一句。', '第二句：有冒号！', '第三句？'])
    expect(captionSentences('One. Two: with a colon! Three?')).toEqual(['One.', 'Two: with a colon!', 'Three?'])
  })

  it('does not cut inside a number or an unfinished last sentence', () => {
    expect(captionSentences('It grew 1.5 times. Then it stopped')).toEqual(['It grew 1.5 times.', 'Then it stopped'])
  })
})

describe('caption cues', () => {
  const sentences = ['Short one.', 'A sentence that is quite a bit longer than the first.', 'End.']

  it('spreads the sentences over the recording, longer ones for longer, from 0 to its end', () => {
    const cues = cuesOver(sentences, 20)
    expect(cues[0]?.start).toBe(0)
    expect(cues.at(-1)?.end).toBe(20)
    for (let i = 1; i < cues.length; i++) expect(cues[i]?.start).toBeCloseTo(cues[i - 1]?.end ?? -1, 9)
    const [first, second] = cues.map((cue) => cue.end - cue.start)
    expect(second ?? 0).toBeGreaterThan((first ?? 0) * 2.5)
  })

  it('finds the caption on screen at a moment of the recording', () => {
    const cues = cuesOver(sentences, 20)
    expect(cueIndexAt(cues, 0)).toBe(0)
    expect(cueIndexAt(cues, (cues[1]?.start ?? 0) + 0.01)).toBe(1)
    expect(cueIndexAt(cues, 19.99)).toBe(2)
    // Past the end the last caption stays; with no captions there is none.
    expect(cueIndexAt(cues, 99)).toBe(2)
    expect(cueIndexAt([], 1)).toBe(-1)
  })

  it('gives silent captions time to be read, Chinese by characters, and never less than 2.5 s', () => {
    const en = readingCues(['Hi.', 'x'.repeat(160)], 'en')
    expect((en[0]?.end ?? 0) - (en[0]?.start ?? 0)).toBe(2.5)
    expect((en[1]?.end ?? 0) - (en[1]?.start ?? 0)).toBeCloseTo(164 / 16, 6)
    const zh = readingCues(['这'.repeat(56)], 'zh')
    expect(zh[0]?.end).toBeCloseTo(10, 6)
  })
})
