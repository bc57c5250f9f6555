/** A standing pose on the floor: position and view direction (yaw 0 looks towards -z). */
export interface FloorPose {
  x: number
  z: number
  yaw: number
}
