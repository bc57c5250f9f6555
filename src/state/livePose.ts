/**
 * Where the visitor is now: written by whichever view moves them (the desktop controls, or the headset's head pose in
 * VR), read by anything that needs the current place. Not reactive: it changes every frame, so it lives outside React
 * state (the throttled `usePose` store is what the HTML map re-renders from).
 */
export interface LivePose {
  /** Metres on the floor plan. */
  x: number
  z: number
  /** Radians; yaw 0 looks towards -z. */
  yaw: number
  pitch: number
  /** Eye height above the floor, metres. */
  height: number
  /** True while the visitor is walking, turning or gliding somewhere. */
  moving: boolean
}

const live: LivePose = { x: 0, z: 0, yaw: 0, pitch: 0, height: 1.6, moving: false }

export const readPose = (): Readonly<LivePose> => live

/** Written in place, so a per-frame caller allocates nothing. */
export function writePose(x: number, z: number, yaw: number, pitch: number, height: number): void {
  live.x = x
  live.z = z
  live.yaw = yaw
  live.pitch = pitch
  live.height = height
}

export function setMoving(moving: boolean): void {
  live.moving = moving
}
