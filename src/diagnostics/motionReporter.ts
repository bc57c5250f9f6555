import { locomotionStatus } from '../motion/locomotion'
import { readPose } from '../state/livePose'
import { readOnDemand } from './reading'
import type { Reporter } from './reporter'

/**
 * The visitor's pose and movement, desktop and headset (pose, moving, xr.origin, xr.teleport, xr.lastJump): getters
 * that read the live pose and the headset's locomotion status when a test asks, so nothing is copied per frame.
 */
export const motionReporter: Reporter = (report) => {
  const restore = [
    readOnDemand(report, 'pose', () => {
      const { x, z, yaw, pitch } = readPose()
      return { x, z, yaw, pitch }
    }),
    readOnDemand(report, 'moving', () => readPose().moving),
    readOnDemand(report.xr, 'origin', () => ({ ...locomotionStatus.origin })),
    readOnDemand(report.xr, 'teleport', () => ({ ...locomotionStatus.teleport })),
    readOnDemand(report.xr, 'lastJump', () => locomotionStatus.lastJump),
  ]
  return () => {
    for (const undo of restore) undo()
  }
}
