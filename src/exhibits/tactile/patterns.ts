/** One buzz of a pattern: how strong (0..1), how long, and the pause after it, milliseconds. */
export interface Pulse {
  intensity: number
  durationMs: number
  gapMs: number
}

export const PATTERN_IDS = ['heartbeat', 'knock', 'rising'] as const
export type PatternId = (typeof PATTERN_IDS)[number]

/** Patterns a hand can tell apart: a rhythm, a tap, a swell. Kept short so repeated plays stay comfortable. */
export const PATTERNS: Record<PatternId, readonly Pulse[]> = {
  heartbeat: [
    { intensity: 1, durationMs: 90, gapMs: 110 },
    { intensity: 0.55, durationMs: 70, gapMs: 520 },
    { intensity: 1, durationMs: 90, gapMs: 110 },
    { intensity: 0.55, durationMs: 70, gapMs: 0 },
  ],
  knock: [
    { intensity: 0.85, durationMs: 45, gapMs: 160 },
    { intensity: 0.85, durationMs: 45, gapMs: 160 },
    { intensity: 0.85, durationMs: 45, gapMs: 0 },
  ],
  rising: [
    { intensity: 0.2, durationMs: 120, gapMs: 60 },
    { intensity: 0.45, durationMs: 120, gapMs: 60 },
    { intensity: 0.7, durationMs: 120, gapMs: 60 },
    { intensity: 0.95, durationMs: 200, gapMs: 0 },
  ],
}

/** A pulse placed on the pattern's clock. */
export interface ScheduledPulse extends Pulse {
  index: number
  startMs: number
}

/** When each pulse starts, from the start of the pattern. */
export function schedule(pattern: readonly Pulse[]): ScheduledPulse[] {
  let at = 0
  return pattern.map((pulse, index) => {
    const placed = { ...pulse, index, startMs: at }
    at += pulse.durationMs + pulse.gapMs
    return placed
  })
}

export function totalDurationMs(pattern: readonly Pulse[]): number {
  return pattern.reduce((sum, pulse) => sum + pulse.durationMs + pulse.gapMs, 0)
}

/** The index of the pulse buzzing at `elapsedMs`, or null during a pause or after the end. */
export function pulseAt(pattern: readonly Pulse[], elapsedMs: number): number | null {
  for (const pulse of schedule(pattern)) {
    if (elapsedMs >= pulse.startMs && elapsedMs < pulse.startMs + pulse.durationMs) return pulse.index
  }
  return null
}

/**
 * The sound standing in for a buzz on a desktop: a low tone, louder and a little higher for a stronger pulse, so the
 * rhythm and the strength are both heard. Frequencies stay in the range small speakers reproduce.
 */
export function toneFor(pulse: Pulse): { frequencyHz: number; gain: number } {
  const intensity = Math.min(1, Math.max(0, pulse.intensity))
  return { frequencyHz: 140 + 120 * intensity, gain: 0.05 + 0.25 * intensity }
}
