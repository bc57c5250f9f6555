import type { FloorBox } from './geometry'

/** Radius of the visitor's body on the floor, metres. */
export const BODY_RADIUS = 0.3

/** Longest single step before collisions are checked again, so fast moves cannot tunnel through thin walls. */
const MAX_STEP = 0.1

export interface Point2 {
  x: number
  z: number
}

/**
 * How far a circle at (x, z) must move to leave `box`, or null when they do not overlap.
 * Works in the box's own frame, where it is an axis-aligned rectangle.
 */
export function pushOut(x: number, z: number, radius: number, box: FloorBox): Point2 | null {
  const cos = Math.cos(box.yaw)
  const sin = Math.sin(box.yaw)
  const dx = x - box.x
  const dz = z - box.z
  // World to local: rotate by -yaw (local x = (cos, -sin), local z = (sin, cos) in world terms).
  const lx = dx * cos - dz * sin
  const lz = dx * sin + dz * cos
  const cx = Math.max(-box.halfWidth, Math.min(box.halfWidth, lx))
  const cz = Math.max(-box.halfDepth, Math.min(box.halfDepth, lz))
  let px = lx - cx
  let pz = lz - cz
  const distance = Math.hypot(px, pz)
  if (distance >= radius) return null
  if (distance > 1e-9) {
    const push = (radius - distance) / distance
    px *= push
    pz *= push
  } else {
    // Centre inside the box: leave by the nearest side.
    const outX = box.halfWidth - Math.abs(lx) + radius
    const outZ = box.halfDepth - Math.abs(lz) + radius
    if (outX < outZ) {
      px = Math.sign(lx || 1) * outX
      pz = 0
    } else {
      px = 0
      pz = Math.sign(lz || 1) * outZ
    }
  }
  // Local to world.
  return { x: px * cos + pz * sin, z: -px * sin + pz * cos }
}

/** Moves a circle out of every box it overlaps; a few passes settle corners where two boxes meet. */
export function resolve(point: Point2, radius: number, boxes: readonly FloorBox[]): Point2 {
  let { x, z } = point
  for (let pass = 0; pass < 4; pass++) {
    let moved = false
    for (const box of boxes) {
      const push = pushOut(x, z, radius, box)
      if (push) {
        x += push.x
        z += push.z
        moved = true
      }
    }
    if (!moved) break
  }
  return { x, z }
}

/** Walks from `from` by (dx, dz), sliding along whatever it meets instead of passing through. */
export function moveWithCollision(
  from: Point2,
  dx: number,
  dz: number,
  radius: number,
  boxes: readonly FloorBox[],
): Point2 {
  const steps = Math.max(1, Math.ceil(Math.hypot(dx, dz) / MAX_STEP))
  let position = from
  for (let i = 0; i < steps; i++) {
    position = resolve({ x: position.x + dx / steps, z: position.z + dz / steps }, radius, boxes)
  }
  return position
}

/** True when a visitor can stand at the point without overlapping anything. */
export function isFree(point: Point2, radius: number, boxes: readonly FloorBox[]): boolean {
  return boxes.every((box) => pushOut(point.x, point.z, radius, box) === null)
}
