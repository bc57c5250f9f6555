import type { Exhibition } from '../content/schema'
import { inTourOrder } from '../content/tourOrder'
import type { FloorPose } from '../state/floorPose'
import { entrancePose, viewingPose } from '../world/geometry'

/** Each viewpoint of the attract loop is walked to, then held, this long in all. */
export const ATTRACT_STEP_MS = 12_000

/** The attract loop's viewpoints: the entrance, then every stand in the curators' tour order. */
export function attractViewpoints(exhibition: Exhibition): FloorPose[] {
  return [entrancePose(exhibition.hall), ...inTourOrder(exhibition.exhibits).map(viewingPose)]
}

/** The viewpoint after `index`, round again to the entrance after the last. */
export const nextViewpoint = (index: number, count: number): number => (count === 0 ? 0 : (index + 1) % count)
