import { captionSentences } from '../content/narration'
import type { Language } from '../content/schema'

/** One caption and when it is on screen, in seconds from the start of the narration. */
export interface Cue {
  text: string
  start: number
  end: number
}

/** Speaking time grows with the characters spoken; each sentence also ends with a pause about this many long. */
const PAUSE_CHARACTERS = 4
/** Silent reading pace for captions with no recording: characters a second, and the least time a caption stays. */
const READING = { zh: 6, en: 16 } as const satisfies Record<Language, number>
const MIN_CUE_SECONDS = 2.5

const spoken = (sentence: string) => sentence.replace(/\s+/g, '').length + PAUSE_CHARACTERS

/**
 * Spreads the sentences over a recording of `duration` seconds in proportion to their length: the recording is one
 * voice at one pace, so a sentence twice as long takes about twice as long to say.
 */
export function cuesOver(sentences: readonly string[], duration: number): Cue[] {
  const weights = sentences.map(spoken)
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  let start = 0
  return sentences.map((text, index) => {
    const length = total > 0 ? (duration * (weights[index] ?? 0)) / total : 0
    const cue = { text, start, end: index === sentences.length - 1 ? duration : start + length }
    start = cue.end
    return cue
  })
}

/** Captions without a recording: each sentence stays long enough to be read at an unhurried pace. */
export function readingCues(sentences: readonly string[], language: Language): Cue[] {
  let start = 0
  return sentences.map((text) => {
    const seconds = Math.max(MIN_CUE_SECONDS, spoken(text) / READING[language])
    const cue = { text, start, end: start + seconds }
    start = cue.end
    return cue
  })
}

export const narrationCues = (narration: string, language: Language): Cue[] =>
  readingCues(captionSentences(narration), language)

/** The caption on screen at `time`: the first before it starts, the last once it is over. */
export function cueIndexAt(cues: readonly Cue[], time: number): number {
  if (cues.length === 0) return -1
  const index = cues.findIndex((cue) => time < cue.end)
  return index < 0 ? cues.length - 1 : index
}
