import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import defaultExhibition from '../content/default-exhibition.json'
import { captionSentences } from '../content/narration'
import { parseExhibition } from '../content/parse'
import { readingCues } from './cues'
import { useNarration } from './narrationStore'

const parsed = parseExhibition(defaultExhibition)
if (!parsed.ok) throw new Error('the default exhibition is invalid')
const silent = parsed.exhibition.exhibits.find((exhibit) => !exhibit.audio)
if (!silent) throw new Error('every exhibit has a recording')
const url = (src: string) => `/${src}`

describe('captions without a recording', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] })
  })
  afterEach(() => {
    useNarration.getState().load(null, 'en', url)
    vi.useRealTimers()
  })

  it('start when the exhibit opens and move on at reading pace, sentence by sentence, to the last', () => {
    const sentences = captionSentences(silent.narration.en)
    const cues = readingCues(sentences, 'en')
    useNarration.getState().load(silent, 'en', url)
    expect(useNarration.getState()).toMatchObject({ exhibitId: silent.id, status: 'playing', cue: 0, audioSrc: null })
    vi.advanceTimersByTime(((cues[0]?.end ?? 0) + 0.3) * 1000)
    expect(useNarration.getState().cue).toBe(1)
    vi.advanceTimersByTime(((cues.at(-1)?.end ?? 0) + 1) * 1000)
    expect(useNarration.getState()).toMatchObject({ status: 'ended', cue: sentences.length - 1 })
  })

  it('hold while paused and carry on from there', () => {
    const cues = readingCues(captionSentences(silent.narration.en), 'en')
    useNarration.getState().load(silent, 'en', url)
    useNarration.getState().toggle()
    expect(useNarration.getState().status).toBe('paused')
    vi.advanceTimersByTime(60_000)
    expect(useNarration.getState().cue).toBe(0)
    useNarration.getState().toggle()
    vi.advanceTimersByTime(((cues[0]?.end ?? 0) + 0.3) * 1000)
    expect(useNarration.getState()).toMatchObject({ status: 'playing', cue: 1 })
  })

  it('stop when the exhibit closes', () => {
    useNarration.getState().load(silent, 'zh', url)
    useNarration.getState().load(null, 'zh', url)
    expect(useNarration.getState()).toMatchObject({ exhibitId: null, cues: [], status: 'paused' })
    expect(vi.getTimerCount()).toBe(0)
  })
})
