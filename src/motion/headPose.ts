/** Where a head (or any viewer) stands on the floor plan and which way it looks. */
export interface HeadPose {
  /** Metres on the floor plan. */
  x: number
  z: number
  /** Radians about +y; 0 looks towards -z, positive turns left. */
  yaw: number
  /** Radians; positive looks up. */
  pitch: number
  /** Eye height above the floor, metres. */
  height: number
}

export const createHeadPose = (): HeadPose => ({ x: 0, z: 0, yaw: 0, pitch: 0, height: 0 })

/**
 * Reads the floor pose from a world matrix (a camera's `matrixWorld`): in a headset the camera sits inside the moving
 * play area and carries the head's own pitch and roll, so its local position and rotation say nothing of where the
 * visitor stands in the hall. Writes into `out`: no allocation, so it can run every frame.
 */
export function headPoseOf(matrix: { readonly elements: ArrayLike<number> }, out: HeadPose): HeadPose {
  const m = matrix.elements
  // The view looks along the matrix's -z axis.
  const fx = -(m[8] ?? 0)
  const fy = -(m[9] ?? 0)
  const fz = -(m[10] ?? 0)
  const length = Math.hypot(fx, fy, fz) || 1
  out.x = m[12] ?? 0
  out.height = m[13] ?? 0
  out.z = m[14] ?? 0
  out.yaw = Math.atan2(-fx, -fz)
  out.pitch = Math.asin(Math.max(-1, Math.min(1, fy / length)))
  return out
}

/** Yaw (0 looks towards -z, positive turns left) of a forward vector, ignoring its pitch. */
export const yawOfForward = (fx: number, fz: number): number => Math.atan2(-fx, -fz)
