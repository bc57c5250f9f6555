import { ANGLE_SCALE, POSITION_SCALE, type PoseMessage } from '../content/presence'

/** A visitor's pose in metres and radians, as the scene has it. */
export interface PoseSample {
  mode: 'desktop' | 'vr'
  head: [number, number, number]
  yaw: number
  pitch: number
  left?: [number, number, number]
  right?: [number, number, number]
}

const cm = (metres: number) => Math.round(metres * POSITION_SCALE)
const point = (p: readonly [number, number, number]): [number, number, number] => [cm(p[0]), cm(p[1]), cm(p[2])]
/** Wraps into [-π, π] first: the protocol refuses angles outside it. */
export function wrapAngle(radians: number): number {
  return Math.atan2(Math.sin(radians), Math.cos(radians))
}
const angle = (radians: number) => Math.round(wrapAngle(radians) * ANGLE_SCALE)

/** Centimetres and ten-thousandths of a radian: what goes on the wire. */
export function quantizePose(sample: PoseSample): PoseMessage {
  const message: PoseMessage = {
    mode: sample.mode,
    head: point(sample.head),
    yaw: angle(sample.yaw),
    pitch: angle(sample.pitch),
  }
  if (sample.left) message.left = point(sample.left)
  if (sample.right) message.right = point(sample.right)
  return message
}

const samePoint = (a?: readonly number[], b?: readonly number[]) =>
  a === b || (a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1] && a[2] === b[2])

/** Equal once quantized: a visitor standing still sends nothing. */
export function sameQuantizedPose(a: PoseMessage | undefined, b: PoseMessage): boolean {
  return (
    a !== undefined &&
    a.mode === b.mode &&
    a.yaw === b.yaw &&
    a.pitch === b.pitch &&
    samePoint(a.head, b.head) &&
    samePoint(a.left, b.left) &&
    samePoint(a.right, b.right)
  )
}
