import { useCallback, useEffect, useRef, useState } from 'react'
import { playTones } from './audio'
import { PATTERNS, type PatternId, type Pulse, schedule } from './patterns'

export interface PlayerState {
  pattern: PatternId | null
  /** The pulse buzzing now, or null in a pause. */
  active: number | null
  playing: boolean
  /** The sound is running (false where the page may not play audio). */
  sound: boolean
  /** How many motors the last pulse reached. */
  motors: number
}

const IDLE: PlayerState = { pattern: null, active: null, playing: false, sound: false, motors: 0 }

/**
 * Plays a pattern three ways at once: what is shown (the active pulse), what is heard (tones) and what is felt
 * (`buzz`, called at each pulse with the pulse, returning how many motors it reached). Stops on unmount.
 */
export function usePatternPlayer(buzz: (pulse: Pulse) => number) {
  const [state, setState] = useState<PlayerState>(IDLE)
  const timers = useRef<number[]>([])
  const audio = useRef<AudioContext | null>(null)
  const buzzRef = useRef(buzz)
  buzzRef.current = buzz

  const stop = useCallback(() => {
    for (const timer of timers.current) window.clearTimeout(timer)
    timers.current = []
  }, [])

  useEffect(
    () => () => {
      stop()
      audio.current?.close().catch(() => undefined)
      audio.current = null
    },
    [stop],
  )

  const play = useCallback(
    (id: PatternId) => {
      stop()
      const pattern = PATTERNS[id]
      setState({ pattern: id, active: null, playing: true, sound: false, motors: 0 })
      if (typeof AudioContext === 'function') {
        audio.current ??= new AudioContext()
        playTones(audio.current, pattern).then((sound) => setState((current) => ({ ...current, sound })))
      }
      const later = (ms: number, run: () => void) => timers.current.push(window.setTimeout(run, ms))
      for (const pulse of schedule(pattern)) {
        later(pulse.startMs, () => {
          const motors = buzzRef.current(pulse)
          setState((current) => ({ ...current, active: pulse.index, motors }))
        })
        later(pulse.startMs + pulse.durationMs, () => setState((current) => ({ ...current, active: null })))
      }
      const last = schedule(pattern).at(-1)
      const end = last ? last.startMs + last.durationMs + last.gapMs : 0
      later(end + 1, () => setState((current) => ({ ...current, active: null, playing: false })))
    },
    [stop],
  )

  return { state, play }
}
