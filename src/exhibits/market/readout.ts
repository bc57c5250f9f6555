import { ti } from '../../content/interactiveStrings'
import type { Language } from '../../content/schema'
import type { MarketResult } from './model'

const times = (value: number) => value.toFixed(value < 10 ? 2 : 1)
const percent = (share: number) => Math.round(share * 100)

/** The result in words, as the desktop panel announces it and the headset panel shows it. Days count from 1. */
export function marketReadout(result: MarketResult, monitoring: boolean, language: Language): string[] {
  const lines = [
    ti('market', 'peak', language, { peak: times(result.peakPrice), day: result.peakDay + 1 }),
    ti('market', 'final', language, {
      final: times(result.finalPrice),
      loss: percent(Math.max(0, result.drawdown)),
    }),
  ]
  if (result.washShare > 0) lines.push(ti('market', 'wash', language, { share: percent(result.washShare) }))
  if (!monitoring) lines.push(ti('market', 'unmonitored', language))
  else if (result.firstFlagDay === null) lines.push(ti('market', 'noFlag', language))
  else lines.push(ti('market', 'flagged', language, { day: result.firstFlagDay + 1 }))
  return lines
}

/** Where each day's price falls on a chart, 0 (bottom) to 1 (top): log scale, from a tenth to fifty times launch. */
export const LOG_RANGE = { min: Math.log(0.1), max: Math.log(50) } as const
export function chartHeight(price: number): number {
  const value = (Math.log(price) - LOG_RANGE.min) / (LOG_RANGE.max - LOG_RANGE.min)
  return Math.min(1, Math.max(0, value))
}
