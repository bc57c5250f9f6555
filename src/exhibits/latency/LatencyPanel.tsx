import { useId, useMemo } from 'react'
import { ti } from '../../content/interactiveStrings'
import { useServerClock } from '../../state/serverClock'
import type { InteractiveViewProps } from '../types'
import { DELAY_RANGE, EVENT_GAP_MS, JITTER_RANGE, simulateLatency } from './model'
import { latencyReadout, ownLinkLine, participantLine } from './readout'
import { useLatency } from './store'
import { TIMELINE_MS } from './timeline'
import '../interactive.css'

/** Sliders for delay and jitter, the participants on a timeline, and the result in words. */
export function LatencyPanel({ language }: InteractiveViewProps) {
  const { delayMs, jitterMs, seed, setDelay, setJitter, rerun } = useLatency()
  const clock = useServerClock()
  const result = useMemo(() => simulateLatency({ delayMs, jitterMs, seed }), [delayMs, jitterMs, seed])
  const delayId = useId()
  const jitterId = useId()
  const at = (ms: number) => `${(100 * ms) / TIMELINE_MS}%`
  return (
    <section className="interactive" aria-label={ti('common', 'tryIt', language)}>
      <h3>{ti('common', 'tryIt', language)}</h3>
      <p>{ti('latency', 'intro', language, { gap: EVENT_GAP_MS })}</p>
      <label htmlFor={delayId}>{ti('latency', 'delay', language, { ms: delayMs })}</label>
      <input
        id={delayId}
        type="range"
        min={DELAY_RANGE.min}
        max={DELAY_RANGE.max}
        step={DELAY_RANGE.step}
        value={delayMs}
        onChange={(event) => setDelay(Number(event.target.value))}
      />
      <label htmlFor={jitterId}>{ti('latency', 'jitter', language, { ms: jitterMs })}</label>
      <input
        id={jitterId}
        type="range"
        min={JITTER_RANGE.min}
        max={JITTER_RANGE.max}
        step={JITTER_RANGE.step}
        value={jitterMs}
        onChange={(event) => setJitter(Number(event.target.value))}
      />
      <button type="button" onClick={rerun}>
        {ti('latency', 'rerun', language)}
      </button>
      <figure className="timeline">
        <figcaption>{ti('latency', 'timeline', language)}</figcaption>
        <ul>
          {result.participants.map((view, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: participants are a fixed list, in a fixed order
            <li key={index} className={view.reversed ? 'reversed' : undefined}>
              <span className="timeline-label">{participantLine(index, result, language)}</span>
              <span className="timeline-track" aria-hidden="true">
                <span className="mark mark-a" style={{ left: at(view.seesA) }}>
                  A
                </span>
                <span className="mark mark-b" style={{ left: at(view.seesB) }}>
                  B
                </span>
              </span>
            </li>
          ))}
        </ul>
      </figure>
      <div role="status" className="interactive-result" data-testid="latency-result">
        {latencyReadout(result, language).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <p className="interactive-own-link" data-testid="latency-own-link">
        {ownLinkLine(clock, language)}
      </p>
    </section>
  )
}
