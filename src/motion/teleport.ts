import type { Hall } from '../content/schema'
import { BODY_RADIUS, isFree, type Point2, resolve } from '../world/collision'
import type { FloorBox } from '../world/geometry'

/** A landing point this close to free floor is nudged there: aiming a hand's breadth from a wall still works. */
const MAX_NUDGE = 0.25

/**
 * Where a teleport aimed at a floor point lands, or null when it must be refused: the visitor would stand in a wall
 * or a stand, or outside the hall. Uses the same collision shapes as walking, so both agree on what is walkable.
 */
export function teleportLanding(
  point: Point2,
  obstacles: readonly FloorBox[],
  hall: Pick<Hall, 'width' | 'depth'>,
): Point2 | null {
  // The collision shapes stop a walker at the hall's outline but say nothing about a point beyond it.
  if (Math.abs(point.x) > hall.width / 2 || Math.abs(point.z) > hall.depth / 2) return null
  if (isFree(point, BODY_RADIUS, obstacles)) return point
  const nudged = resolve(point, BODY_RADIUS, obstacles)
  const moved = Math.hypot(nudged.x - point.x, nudged.z - point.z)
  return moved <= MAX_NUDGE && isFree(nudged, BODY_RADIUS, obstacles) ? nudged : null
}
