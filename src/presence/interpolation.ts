/**
 * Remote visitors are drawn a little in the past, between two poses already received, so their movement is smooth
 * although poses arrive 15–20 times a second with jitter. Plain functions over a small ring of samples.
 */
export const INTERPOLATION_DELAY_MS = 100
const CAPACITY = 8

/** One received pose, in metres and radians; hands absent on desktop. */
export interface RemotePose {
  x: number
  y: number
  z: number
  yaw: number
  pitch: number
  hands: boolean
  lx: number
  ly: number
  lz: number
  rx: number
  ry: number
  rz: number
}

export const emptyPose = (): RemotePose => ({
  x: 0,
  y: 0,
  z: 0,
  yaw: 0,
  pitch: 0,
  hands: false,
  lx: 0,
  ly: 0,
  lz: 0,
  rx: 0,
  ry: 0,
  rz: 0,
})

export interface PoseBuffer {
  times: number[]
  poses: RemotePose[]
}

export const newPoseBuffer = (): PoseBuffer => ({ times: [], poses: [] })

/** Adds a pose received at `time` (ms); the oldest falls out once the buffer holds CAPACITY. */
export function pushPose(buffer: PoseBuffer, time: number, pose: RemotePose): void {
  const last = buffer.times.length - 1
  // Two patches in one millisecond: the later one wins.
  if (last >= 0 && time <= (buffer.times[last] ?? 0)) {
    buffer.poses[last] = pose
    return
  }
  buffer.times.push(time)
  buffer.poses.push(pose)
  if (buffer.times.length > CAPACITY) {
    buffer.times.shift()
    buffer.poses.shift()
  }
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t
/** The short way round: from 170° to -170° turns 20°, not 340°. */
export function lerpAngle(a: number, b: number, t: number): number {
  let delta = (b - a) % (2 * Math.PI)
  if (delta > Math.PI) delta -= 2 * Math.PI
  if (delta < -Math.PI) delta += 2 * Math.PI
  return a + delta * t
}

function copyPose(out: RemotePose, from: RemotePose): void {
  Object.assign(out, from)
}

/**
 * Writes into `out` where the visitor was at `renderTime` (normally now minus INTERPOLATION_DELAY_MS): between the
 * two samples around it, held at the first before the buffer starts and at the last after it ends (no guessing
 * ahead: a visitor who stopped stays where they stopped). Returns false while the buffer is empty.
 */
export function sampleAt(buffer: PoseBuffer, renderTime: number, out: RemotePose): boolean {
  const { times, poses } = buffer
  const count = times.length
  if (count === 0) return false
  const first = poses[0] as RemotePose
  const last = poses[count - 1] as RemotePose
  if (renderTime <= (times[0] as number)) {
    copyPose(out, first)
    return true
  }
  if (renderTime >= (times[count - 1] as number)) {
    copyPose(out, last)
    return true
  }
  let i = 1
  while ((times[i] as number) < renderTime) i++
  const t0 = times[i - 1] as number
  const t1 = times[i] as number
  const a = poses[i - 1] as RemotePose
  const b = poses[i] as RemotePose
  const t = (renderTime - t0) / (t1 - t0)
  out.x = lerp(a.x, b.x, t)
  out.y = lerp(a.y, b.y, t)
  out.z = lerp(a.z, b.z, t)
  out.yaw = lerpAngle(a.yaw, b.yaw, t)
  out.pitch = lerp(a.pitch, b.pitch, t)
  out.hands = b.hands
  out.lx = lerp(a.lx, b.lx, t)
  out.ly = lerp(a.ly, b.ly, t)
  out.lz = lerp(a.lz, b.lz, t)
  out.rx = lerp(a.rx, b.rx, t)
  out.ry = lerp(a.ry, b.ry, t)
  out.rz = lerp(a.rz, b.rz, t)
  return true
}

/** True while a pose newer than the drawn one is still to be reached: frames must keep coming. */
export function stillMoving(buffer: PoseBuffer, now: number): boolean {
  const last = buffer.times[buffer.times.length - 1]
  return last !== undefined && now - INTERPOLATION_DELAY_MS < last
}
