import type { Reporter } from './reporter'

/** The visitor's pose and movement, desktop and headset (pose, moving, xr.origin, xr.teleport, xr.lastJump). */
export const motionReporter: Reporter = () => () => undefined
