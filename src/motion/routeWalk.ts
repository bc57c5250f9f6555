import type { FloorPose } from '../state/floorPose'
import { BODY_RADIUS, moveWithCollision, type Point2 } from '../world/collision'
import type { FloorBox } from '../world/geometry'
import { angleDelta } from './glide'

/** A walk in progress: the waypoints still ahead, and the way to face at the end (null: keep looking ahead). */
export interface Walk {
  route: Point2[]
  faceYaw: number | null
  /** Turn to look along each leg, as a person walking through doorways would (the guided tour does). */
  lookAhead: boolean
}

const ARRIVED = 0.05
const TURN_RATE = 3

function turnToward(pose: FloorPose, yaw: number, delta: number): boolean {
  const difference = angleDelta(pose.yaw, yaw)
  const step = TURN_RATE * delta
  if (Math.abs(difference) <= step) {
    pose.yaw = yaw
    return true
  }
  pose.yaw += Math.sign(difference) * step
  return false
}

/**
 * Moves `pose` along the walk at `speed` for `delta` seconds, sliding on anything in the way. Returns false when the
 * walk is over: arrived and turned, or stuck against something that was not there when the route was planned.
 */
export function stepWalk(
  pose: FloorPose,
  walk: Walk,
  speed: number,
  delta: number,
  obstacles: readonly FloorBox[],
): boolean {
  const target = walk.route[0]
  if (!target) return walk.faceYaw !== null && !turnToward(pose, walk.faceYaw, delta)
  const dx = target.x - pose.x
  const dz = target.z - pose.z
  const distance = Math.hypot(dx, dz)
  if (distance < ARRIVED) {
    walk.route.shift()
    return walk.route.length > 0 || walk.faceYaw !== null
  }
  if (walk.lookAhead) turnToward(pose, Math.atan2(-dx, -dz), delta)
  const step = Math.min(distance, speed * delta)
  const next = moveWithCollision(pose, (dx / distance) * step, (dz / distance) * step, BODY_RADIUS, obstacles)
  const progressed = Math.hypot(next.x - pose.x, next.z - pose.z)
  pose.x = next.x
  pose.z = next.z
  return progressed >= step * 0.2
}
