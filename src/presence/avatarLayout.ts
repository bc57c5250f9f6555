import { Euler, type Matrix4, Quaternion, Vector3 } from 'three'
import type { RemotePose } from './interpolation'

/** Sizes of the simple avatars, metres. */
export const HEAD_RADIUS = 0.14
export const HAND_SCALE = 0.4
export const BODY_HEIGHT = 1.1

const position = new Vector3()
const rotation = new Quaternion()
const euler = new Euler(0, 0, 0, 'YXZ')
const scale = new Vector3()

/** The head: at the eyes, turned where the visitor looks (yaw, then pitch), so its visor shows the facing. */
export function headMatrix(pose: RemotePose, out: Matrix4): Matrix4 {
  euler.set(pose.pitch, pose.yaw, 0)
  rotation.setFromEuler(euler)
  return out.compose(position.set(pose.x, pose.y, pose.z), rotation, scale.set(1, 1, 1))
}

/** A hand: a small head-shaped marker at the grip, turned with the head (hands carry no rotation on the wire). */
export function handMatrix(pose: RemotePose, side: 'left' | 'right', out: Matrix4): Matrix4 {
  euler.set(0, pose.yaw, 0)
  rotation.setFromEuler(euler)
  const [x, y, z] = side === 'left' ? [pose.lx, pose.ly, pose.lz] : [pose.rx, pose.ry, pose.rz]
  return out.compose(position.set(x, y, z), rotation, scale.setScalar(HAND_SCALE))
}

/** The body of a desktop or phone visitor: from the floor to under the head, facing the way they look. */
export function bodyMatrix(pose: RemotePose, out: Matrix4): Matrix4 {
  euler.set(0, pose.yaw, 0)
  rotation.setFromEuler(euler)
  const height = Math.max(0.4, Math.min(BODY_HEIGHT, pose.y - HEAD_RADIUS * 1.6))
  return out.compose(position.set(pose.x, 0, pose.z), rotation, scale.set(1, height / BODY_HEIGHT, 1))
}
