import type { MotionLog, Point3 } from './motionLog'

export interface HandSummary {
  /** Distance the hand travelled, metres. */
  travelled: number
  /** Farthest the hand went from the head, across the floor, metres: a hint of arm length. */
  reach: number
}

/** What the recorded motion gives away: figures a headset's tracking reveals about its wearer. */
export interface MotionSummary {
  samples: number
  seconds: number
  /** Mean height of the eyes above the floor, metres (tracks body height, and whether someone sits). */
  eyeHeight: number
  /** Walked across the floor, metres. */
  walked: number
  /** Total turning of the head left and right, degrees. */
  turned: number
  /** Lowest and highest the gaze went, degrees above the horizon. */
  pitchRange: [number, number]
  left: HandSummary | null
  right: HandSummary | null
  /** The hand that moved more, once either moved. */
  dominant: 'left' | 'right' | null
}

const DEGREES = 180 / Math.PI
const wrap = (angle: number) => Math.atan2(Math.sin(angle), Math.cos(angle))
const distance = (a: Point3, b: Point3) => Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z)

function handSummary(log: MotionLog, hand: 'left' | 'right'): HandSummary | null {
  let travelled = 0
  let reach = 0
  let seen = false
  let previous: Point3 | null = null
  for (let i = 0; i < log.length; i++) {
    const point = log.handAt(hand, i)
    if (!point) {
      previous = null
      continue
    }
    seen = true
    const [, hx, , hz] = log.headAt(i)
    reach = Math.max(reach, Math.hypot(point.x - hx, point.z - hz))
    if (previous) travelled += distance(previous, point)
    previous = point
  }
  return seen ? { travelled, reach } : null
}

/** Sums up the log; a pure function of what was recorded. */
export function summarize(log: MotionLog): MotionSummary {
  const n = log.length
  let walked = 0
  let turned = 0
  let heights = 0
  let minPitch = Number.POSITIVE_INFINITY
  let maxPitch = Number.NEGATIVE_INFINITY
  for (let i = 0; i < n; i++) {
    const [, x, y, z, yaw, pitch] = log.headAt(i)
    heights += y
    minPitch = Math.min(minPitch, pitch)
    maxPitch = Math.max(maxPitch, pitch)
    if (i === 0) continue
    const [, px, , pz, pyaw] = log.headAt(i - 1)
    walked += Math.hypot(x - px, z - pz)
    turned += Math.abs(wrap(yaw - pyaw))
  }
  const left = handSummary(log, 'left')
  const right = handSummary(log, 'right')
  const l = left?.travelled ?? 0
  const r = right?.travelled ?? 0
  return {
    samples: n,
    seconds: n > 1 ? (log.headAt(n - 1)[0] - log.headAt(0)[0]) / 1000 : 0,
    eyeHeight: n ? heights / n : 0,
    walked,
    turned: turned * DEGREES,
    pitchRange: n ? [minPitch * DEGREES, maxPitch * DEGREES] : [0, 0],
    left,
    right,
    dominant: l === 0 && r === 0 ? null : l >= r ? 'left' : 'right',
  }
}
