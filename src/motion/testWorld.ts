import defaultExhibition from '../content/default-exhibition.json'
import { parseExhibition } from '../content/parse'
import type { TravelRequest } from '../state/visitStore'
import { type MotionWorld, motionWorldOf } from './world'

/** The default exhibition's hall, for the motion tests: 36 x 28 m, its entrance at (0, 12) in the wall at z = 14. */
export function testWorld(): MotionWorld {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return motionWorldOf(parsed.exhibition)
}

export const request = (
  seq: number,
  mode: TravelRequest['mode'],
  x: number,
  z: number,
  yaw: number,
): TravelRequest => ({
  seq,
  mode,
  pose: { x, z, yaw },
})
