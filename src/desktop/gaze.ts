import type { Exhibit } from '../content/schema'
import type { FloorPose } from '../state/floorPose'
import { exhibitYaw } from '../world/geometry'

/** How far away, and how far off the line of sight, a stand may be and still count as the one in front. */
export const GAZE_RANGE = 5
export const GAZE_HALF_ANGLE = (32 * Math.PI) / 180

/**
 * The exhibit a visitor at `pose` is looking at: within range, roughly straight ahead, and seen from its front.
 * Nearer and more central stands win.
 */
export function exhibitInView(pose: FloorPose, exhibits: readonly Exhibit[]): Exhibit | null {
  const lookX = -Math.sin(pose.yaw)
  const lookZ = -Math.cos(pose.yaw)
  let best: Exhibit | null = null
  let bestScore = Number.POSITIVE_INFINITY
  for (const exhibit of exhibits) {
    const dx = exhibit.position[0] - pose.x
    const dz = exhibit.position[1] - pose.z
    const distance = Math.hypot(dx, dz)
    if (distance > GAZE_RANGE || distance < 1e-6) continue
    const angle = Math.acos(Math.max(-1, Math.min(1, (dx * lookX + dz * lookZ) / distance)))
    if (angle > GAZE_HALF_ANGLE) continue
    const yaw = exhibitYaw(exhibit)
    // The stand's face points along (sin, cos); the visitor must be on that side to read it.
    if (-dx * Math.sin(yaw) - dz * Math.cos(yaw) <= 0) continue
    const score = distance * (1 + angle)
    if (score < bestScore) {
      bestScore = score
      best = exhibit
    }
  }
  return best
}
