import { ti } from '../../content/interactiveStrings'
import { pulseGamepads } from '../../xrkit/haptics'
import type { InteractiveViewProps } from '../types'
import { PATTERN_IDS, PATTERNS } from './patterns'
import { tactileReadout } from './readout'
import { usePatternPlayer } from './usePatternPlayer'
import '../interactive.css'

/** A button per pattern; the pattern shows as blocks that light in time, sounds as tones, and rumbles a gamepad. */
export function TactilePanel({ language }: InteractiveViewProps) {
  const { state, play } = usePatternPlayer(pulseGamepads)
  const shown = PATTERNS[state.pattern ?? 'heartbeat']
  return (
    <section className="interactive" aria-label={ti('common', 'tryIt', language)}>
      <h3>{ti('common', 'tryIt', language)}</h3>
      <p>{ti('tactile', 'intro', language)}</p>
      {PATTERN_IDS.map((id) => (
        <button key={id} type="button" onClick={() => play(id)} aria-pressed={state.pattern === id}>
          {ti('tactile', 'play', language, { name: ti('tactile', id, language) })}
        </button>
      ))}
      <figure>
        <figcaption>{ti('tactile', 'pulses', language)}</figcaption>
        <div className="pulse-row" data-testid="pulse-row" aria-hidden="true">
          {shown.map((pulse, index) => (
            <span
              // biome-ignore lint/suspicious/noArrayIndexKey: a pattern's pulses never reorder
              key={index}
              className={state.active === index ? 'pulse-block active' : 'pulse-block'}
              style={{ height: `${Math.round(pulse.intensity * 100)}%` }}
            />
          ))}
        </div>
      </figure>
      <div role="status" className="interactive-result" data-testid="tactile-result">
        {tactileReadout(state, language).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </section>
  )
}
