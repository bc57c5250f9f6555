import type { Camera } from 'three'
import { createHeadPose, headPoseOf } from './headPose'
/** Where a panel stands: its centre on the floor plan and height, and the way it faces (radians about +y). */
export interface InFront {
  x: number
  y: number
  z: number
  yaw: number
}

/** Comfortable reading distance for a panel in a headset, metres. */
export const READING_DISTANCE = 1.1

const head = createHeadPose()

/** In front of the head, level with the eyes and facing them, whatever the head's pitch and roll. */
export function placeInFront(camera: Camera, distance = READING_DISTANCE): InFront {
  camera.updateMatrixWorld()
  const { x, z, yaw, height } = headPoseOf(camera.matrixWorld, head)
  // Level forward is (-sin yaw, -cos yaw) on the floor.
  return {
    x: x - Math.sin(yaw) * distance,
    y: height - 0.1,
    z: z - Math.cos(yaw) * distance,
    yaw,
  }
}
