import type { Camera } from 'three'
import type { PanelPlacement } from '../../xrkit/vrUiStore'

/** Comfortable reading distance for a panel in a headset, metres. */
export const READING_DISTANCE = 1.1

/** In front of the head, level with the eyes and facing them, whatever the head's pitch and roll. */
export function placeInFront(camera: Camera, distance = READING_DISTANCE): PanelPlacement {
  camera.updateMatrixWorld()
  const m = camera.matrixWorld.elements
  const fx = -(m[8] ?? 0)
  const fz = -(m[10] ?? 0)
  const length = Math.hypot(fx, fz) || 1
  return {
    x: (m[12] ?? 0) + (fx / length) * distance,
    y: (m[13] ?? 1.5) - 0.1,
    z: (m[14] ?? 0) + (fz / length) * distance,
    yaw: Math.atan2(-fx, -fz),
  }
}
