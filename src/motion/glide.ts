import type { FloorPose } from '../state/floorPose'

/** Shortest signed turn from angle a to angle b, radians. */
export function angleDelta(a: number, b: number): number {
  let d = (b - a) % (Math.PI * 2)
  if (d > Math.PI) d -= Math.PI * 2
  if (d < -Math.PI) d += Math.PI * 2
  return d
}

const ease = (t: number) => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2)

/** Pose along a glide from `from` to `to` at progress t (0..1), easing in and out, turning the short way. */
export function glidePose(from: FloorPose, to: FloorPose, t: number, out: FloorPose): FloorPose {
  const k = ease(Math.max(0, Math.min(1, t)))
  out.x = from.x + (to.x - from.x) * k
  out.z = from.z + (to.z - from.z) * k
  out.yaw = from.yaw + angleDelta(from.yaw, to.yaw) * k
  return out
}
