import { ti } from '../../content/interactiveStrings'
import type { Language } from '../../content/schema'
import type { ServerClock } from '../../state/serverClock'
import type { LatencyResult } from './model'

const ms = (value: number) => Math.round(value)

/** The result in words, as the desktop panel announces it and the headset panel shows it. */
export function latencyReadout(result: LatencyResult, language: Language): string[] {
  if (result.inSync) return [ti('latency', 'inSync', language)]
  return [
    ti('latency', 'spread', language, { ms: ms(result.spreadMs) }),
    ti('latency', 'reversedCount', language, { n: result.reversedCount }),
  ]
}

export function participantLine(index: number, result: LatencyResult, language: Language): string {
  const view = result.participants[index]
  if (!view) return ''
  const line = ti('latency', 'sees', language, { n: index + 1, a: ms(view.seesA), b: ms(view.seesB) })
  return view.reversed ? `${line}${ti('latency', 'reversed', language)}` : line
}

/** The visitor's own measured link to the hall server, beside the simulation: the source's "delay", made real. */
export function ownLinkLine(clock: ServerClock, language: Language): string {
  if (clock.rttMs === null || clock.clockOffsetMs === null) return ti('latency', 'ownLinkNone', language)
  const offset = ms(clock.clockOffsetMs)
  return ti('latency', 'ownLink', language, { rtt: ms(clock.rttMs), offset: offset > 0 ? `+${offset}` : `${offset}` })
}
