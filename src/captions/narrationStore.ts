import { create } from 'zustand'
import { captionSentences } from '../content/narration'
import type { Exhibit, Language } from '../content/schema'
import { type Cue, cueIndexAt, cuesOver, readingCues } from './cues'

export type NarrationStatus = 'paused' | 'playing' | 'ended'

interface Narration {
  /** The exhibit whose narration the captions show; null when no exhibit is open. */
  exhibitId: string | null
  /** The recording's URL, when the exhibit has one in the visitor's language. */
  audioSrc: string | null
  cues: Cue[]
  /** The caption on screen, an index into `cues`. */
  cue: number
  /** Captions with a recording wait for the visitor to press play; silent ones start at once. */
  status: NarrationStatus
  /** Shows an exhibit's narration (or none), stopping whatever played before. */
  load: (exhibit: Exhibit | null, language: Language, audioUrl: (src: string) => string) => void
  /** Play or pause; once over, plays again from the start. */
  toggle: () => void
}

/** The clock behind the captions: the recording's own time, or a timer at reading pace. Never React state. */
const clock = {
  audio: null as HTMLAudioElement | null,
  timer: null as ReturnType<typeof setInterval> | null,
  /** Silent captions: seconds shown before the last start, and when (performance.now) they last started. */
  offset: 0,
  startedAt: 0,
}

function stopClock(): void {
  if (clock.timer !== null) clearInterval(clock.timer)
  clock.timer = null
  if (clock.audio) {
    clock.audio.pause()
    clock.audio.removeAttribute('src')
    clock.audio.load()
  }
}

const silentTime = () => clock.offset + (performance.now() - clock.startedAt) / 1000

/**
 * The recording's own clock, while the open exhibit has one: read on demand (a progress bar, the test report), since
 * its time moves on without the store changing.
 */
export function narrationRecording(): { currentTime: number; duration: number } | null {
  const audio = clock.audio
  return audio ? { currentTime: audio.currentTime, duration: audio.duration || 0 } : null
}

/** The open exhibit's narration as captions, and its recording where there is one. Shared by desktop and VR. */
export const useNarration = create<Narration>()((set, get) => {
  const update = (patch: Partial<Narration>) => {
    const state = get()
    // Only a change of caption or status re-renders; the clock's time is read from the recording when needed.
    if (Object.entries(patch).some(([key, value]) => state[key as keyof Narration] !== value)) set(patch)
  }

  const tick = () => {
    const { cues } = get()
    const time = silentTime()
    const end = cues.at(-1)?.end ?? 0
    if (time >= end) {
      stopClock()
      clock.offset = end
      update({ cue: cues.length - 1, status: 'ended' })
    } else update({ cue: cueIndexAt(cues, time) })
  }

  const startSilent = () => {
    clock.startedAt = performance.now()
    if (clock.timer === null) clock.timer = setInterval(tick, 200)
    update({ status: 'playing' })
  }

  const audioElement = (): HTMLAudioElement => {
    if (clock.audio) return clock.audio
    const audio = new Audio()
    audio.preload = 'metadata'
    const sentences = () => get().cues.map((cue) => cue.text)
    audio.addEventListener('loadedmetadata', () => {
      if (Number.isFinite(audio.duration)) update({ cues: cuesOver(sentences(), audio.duration) })
    })
    audio.addEventListener('timeupdate', () => update({ cue: cueIndexAt(get().cues, audio.currentTime) }))
    audio.addEventListener('play', () => update({ status: 'playing' }))
    audio.addEventListener('pause', () => {
      if (get().status === 'playing') update({ status: audio.ended ? 'ended' : 'paused' })
    })
    audio.addEventListener('ended', () => update({ status: 'ended' }))
    clock.audio = audio
    return audio
  }

  return {
    exhibitId: null,
    audioSrc: null,
    cues: [],
    cue: 0,
    status: 'paused',
    load: (exhibit, language, audioUrl) => {
      stopClock()
      clock.offset = 0
      const src = exhibit?.audio?.[language]
      const sentences = exhibit ? captionSentences(exhibit.narration[language]) : []
      set({
        exhibitId: exhibit?.id ?? null,
        audioSrc: src ? audioUrl(src) : null,
        cues: readingCues(sentences, language),
        cue: 0,
        status: 'paused',
      })
      if (src) audioElement().src = audioUrl(src)
      else if (exhibit) startSilent()
    },
    toggle: () => {
      const { status, audioSrc, exhibitId } = get()
      if (!exhibitId) return
      if (audioSrc) {
        const audio = audioElement()
        if (status === 'playing') audio.pause()
        else {
          if (status === 'ended') audio.currentTime = 0
          // Refused without a user gesture (autoplay rules): the captions stay paused and the button stays "play".
          void audio.play().catch(() => update({ status: 'paused' }))
        }
        return
      }
      if (status === 'playing') {
        clock.offset = silentTime()
        stopClock()
        update({ status: 'paused' })
      } else {
        if (status === 'ended') clock.offset = 0
        startSilent()
      }
    },
  }
})
