import { type Random, seededRandom, signed } from '../random'

/** What a visitor sets: the network's delay and how much it varies from one delivery to the next. */
export interface LatencySettings {
  /** Typical one-way delay to the farthest participant, milliseconds. */
  delayMs: number
  /** Each delivery arrives up to this much earlier or later than typical, milliseconds. */
  jitterMs: number
  /** Which run: "run again" draws new jitter. */
  seed: number
}

export const LATENCY_DEFAULTS: Required<LatencySettings> = { delayMs: 40, jitterMs: 10, seed: 1 }
export const DELAY_RANGE = { min: 0, max: 400, step: 20 } as const
export const JITTER_RANGE = { min: 0, max: 150, step: 10 } as const

/**
 * Simulated participants, nearest to farthest from where the event happens: the share of the full delay their
 * network path adds. Fixed, so raising the delay spreads them apart as it would spread real people apart.
 */
export const PARTICIPANTS = [0.2, 0.45, 0.7, 1] as const

/** Two events a short time apart: A (a hand reaches for an object) then B (a second hand reaches for it). */
export const EVENT_GAP_MS = 60

export interface ParticipantView {
  /** When this participant sees event A and event B, milliseconds after A happened. */
  seesA: number
  seesB: number
  /** True when B reached this participant before A: they believe the second hand was first. */
  reversed: boolean
}

export interface LatencyResult {
  participants: ParticipantView[]
  /** Between the first and the last participant to see A, milliseconds. */
  spreadMs: number
  /** How many participants saw B before A. */
  reversedCount: number
  /** Every participant saw A at once and in the right order: the shared world stayed one world. */
  inSync: boolean
}

const deliver = (base: number, jitter: number, random: Random) => Math.max(0, base + signed(random) * jitter)

/** One run: each participant receives both events over their own path, each delivery with its own jitter. */
export function simulateLatency({ delayMs, jitterMs, seed }: LatencySettings): LatencyResult {
  const random = seededRandom(seed)
  const participants = PARTICIPANTS.map((share) => {
    const path = delayMs * share
    const seesA = deliver(path, jitterMs, random)
    const seesB = EVENT_GAP_MS + deliver(path, jitterMs, random)
    return { seesA, seesB, reversed: seesB < seesA }
  })
  const arrivals = participants.map((participant) => participant.seesA)
  const spreadMs = Math.max(...arrivals) - Math.min(...arrivals)
  const reversedCount = participants.filter((participant) => participant.reversed).length
  return { participants, spreadMs, reversedCount, inSync: spreadMs === 0 && reversedCount === 0 }
}
