import { locomotionStatus } from '../motion/locomotion'
import { readPose } from '../state/livePose'
import type { Reporter } from './reporter'

/**
 * The visitor's pose and movement, desktop and headset (pose, moving, xr.origin, xr.teleport, xr.lastJump): getters
 * that read the live pose and the headset's locomotion status when a test asks, so nothing is copied per frame.
 */
export const motionReporter: Reporter = (report) => {
  const restore = [
    define(report, 'pose', () => {
      const { x, z, yaw, pitch } = readPose()
      return { x, z, yaw, pitch }
    }),
    define(report, 'moving', () => readPose().moving),
    define(report.xr, 'origin', () => ({ ...locomotionStatus.origin })),
    define(report.xr, 'teleport', () => ({ ...locomotionStatus.teleport })),
    define(report.xr, 'lastJump', () => locomotionStatus.lastJump),
  ]
  return () => {
    for (const undo of restore) undo()
  }
}

/** Replaces a plain field with a getter; returns how to put a plain field (its value then) back. */
function define<T extends object, K extends keyof T>(target: T, key: K, read: () => T[K]): () => void {
  Object.defineProperty(target, key, { get: read, configurable: true, enumerable: true })
  return () =>
    Object.defineProperty(target, key, { value: read(), writable: true, configurable: true, enumerable: true })
}
