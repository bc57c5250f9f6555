import { useId, useMemo } from 'react'
import { ti } from '../../content/interactiveStrings'
import type { InteractiveViewProps } from '../types'
import { DAYS, simulateMarket } from './model'
import { chartHeight, marketReadout } from './readout'
import { useMarket } from './store'
import '../interactive.css'

const W = 300
const H = 140

/** Two switches (manipulation, monitoring), a new-market button, the price chart and the result in words. */
export function MarketPanel({ language }: InteractiveViewProps) {
  const { manipulation, monitoring, seed, setManipulation, setMonitoring, newMarket } = useMarket()
  const result = useMemo(() => simulateMarket({ manipulation, monitoring, seed }), [manipulation, monitoring, seed])
  const manipulationId = useId()
  const monitoringId = useId()
  const x = (day: number) => (W * day) / (DAYS - 1)
  const y = (price: number) => H * (1 - chartHeight(price))
  const points = result.days.map((day, index) => `${x(index).toFixed(1)},${y(day.price).toFixed(1)}`).join(' ')
  const flag = result.firstFlagDay
  return (
    <section className="interactive" aria-label={ti('common', 'tryIt', language)}>
      <h3>{ti('common', 'tryIt', language)}</h3>
      <p>{ti('market', 'intro', language, { days: DAYS })}</p>
      <div>
        <input
          id={manipulationId}
          type="checkbox"
          checked={manipulation}
          onChange={(event) => setManipulation(event.target.checked)}
        />{' '}
        <label htmlFor={manipulationId} style={{ display: 'inline' }}>
          {ti('market', 'manipulation', language)}
        </label>
      </div>
      <div>
        <input
          id={monitoringId}
          type="checkbox"
          checked={monitoring}
          onChange={(event) => setMonitoring(event.target.checked)}
        />{' '}
        <label htmlFor={monitoringId} style={{ display: 'inline' }}>
          {ti('market', 'monitoring', language)}
        </label>
      </div>
      <button type="button" onClick={newMarket}>
        {ti('market', 'newMarket', language)}
      </button>
      <svg
        className="market-chart"
        viewBox={`-4 -4 ${W + 8} ${H + 8}`}
        role="img"
        aria-label={ti('market', 'chart', language, {
          peak: result.peakPrice.toFixed(1),
          day: result.peakDay + 1,
        })}
      >
        <line x1={0} x2={W} y1={y(1)} y2={y(1)} stroke="#c9c3b5" strokeDasharray="4 3" />
        {flag !== null && <line x1={x(flag)} x2={x(flag)} y1={0} y2={H} stroke="#a4161a" strokeWidth={2} />}
        <polyline points={points} fill="none" stroke="#1d4e89" strokeWidth={2.5} />
      </svg>
      <div role="status" className="interactive-result" data-testid="market-result">
        {marketReadout(result, monitoring, language).map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </section>
  )
}
