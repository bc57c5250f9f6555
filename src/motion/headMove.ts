/** Where the XR origin (the tracked play area's floor centre) stands on the floor plan. */
export interface OriginPose {
  x: number
  z: number
  /** Rotation of the play area about +y, radians. */
  yaw: number
}

/**
 * Moves the visitor's head by (dx, dz) on the floor and turns them by dYaw about their own head, by moving the play
 * area under them. Turning about the head, not the play area's centre, keeps the view from swinging sideways when a
 * visitor stands away from the middle of their room. Writes into `out` (which may be `origin`): no allocation.
 */
export function moveHead(
  origin: OriginPose,
  headX: number,
  headZ: number,
  dx: number,
  dz: number,
  dYaw: number,
  out: OriginPose,
): OriginPose {
  const rx = origin.x - headX
  const rz = origin.z - headZ
  const cos = Math.cos(dYaw)
  const sin = Math.sin(dYaw)
  // A rotation about +y by dYaw, as three applies it.
  out.x = headX + dx + rx * cos + rz * sin
  out.z = headZ + dz - rx * sin + rz * cos
  out.yaw = origin.yaw + dYaw
  return out
}
