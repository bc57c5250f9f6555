import { ti } from '../../content/interactiveStrings'
import type { Language } from '../../content/schema'
import { PATTERNS, totalDurationMs } from './patterns'
import type { PlayerState } from './usePatternPlayer'

/** What is playing, in words: the equivalent of the buzz for a visitor who can neither feel nor hear it. */
export function tactileReadout(state: PlayerState, language: Language): string[] {
  if (!state.pattern) return [ti('tactile', 'idle', language)]
  const pattern = PATTERNS[state.pattern]
  const name = ti('tactile', state.pattern, language)
  const sound = ti('tactile', 'sound', language, {
    state: ti('tactile', state.sound ? 'soundOn' : 'soundOff', language),
  })
  if (!state.playing) {
    const seconds = (totalDurationMs(pattern) / 1000).toFixed(2)
    return [ti('tactile', 'played', language, { name, total: pattern.length, seconds }), sound]
  }
  const pulse = state.active === null ? null : pattern[state.active]
  const now = pulse
    ? ti('tactile', 'playing', language, {
        name,
        n: (state.active ?? 0) + 1,
        total: pattern.length,
        percent: Math.round(pulse.intensity * 100),
      })
    : ti('tactile', 'pause', language, { name })
  return [now, sound, ti('tactile', 'controllers', language, { n: state.motors })]
}
