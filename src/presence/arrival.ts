import type { FloorPose } from '../state/floorPose'
import { BODY_RADIUS, isFree, type Point2 } from '../world/collision'
import type { FloorBox } from '../world/geometry'

/** Side by side at a sociable distance, then a second and third row behind, offset like seats in a theatre. */
const SPACING = 0.9
const ROW_DEPTH = 1.1
const PER_ROW = 6
const ROWS = 4

/** Spots beside and behind an anchor, nearest first: [right of it, behind it], metres, in the anchor's frame. */
export function arrivalOffsets(): [number, number][] {
  const offsets: [number, number][] = []
  for (let row = 0; row < ROWS; row++) {
    const shift = row % 2 === 0 ? 0 : SPACING / 2
    for (let i = 0; i < PER_ROW; i++) {
      const step = Math.floor(i / 2) + (row % 2 === 0 ? 1 : 0)
      const side = i % 2 === 0 ? 1 : -1
      offsets.push([side * (step * SPACING + (row % 2 === 0 ? 0 : shift)), row * ROW_DEPTH])
    }
  }
  return offsets
}

const OFFSETS = arrivalOffsets()

/** The spot `offset` away from the anchor, in its frame (yaw 0 looks towards -z, so right is +x, behind is +z). */
function spotOf(anchor: FloorPose, [right, behind]: [number, number]): Point2 {
  const cos = Math.cos(anchor.yaw)
  const sin = Math.sin(anchor.yaw)
  return { x: anchor.x + right * cos + behind * sin, z: anchor.z - right * sin + behind * cos }
}

/** True when nothing stands between two points (a wall between the guide and a spot in the next room). */
function inSight(from: Point2, to: Point2, obstacles: readonly FloorBox[]): boolean {
  const steps = Math.ceil(Math.hypot(to.x - from.x, to.z - from.z) / 0.15)
  for (let i = 1; i <= steps; i++) {
    const t = i / steps
    const point = { x: from.x + (to.x - from.x) * t, z: from.z + (to.z - from.z) * t }
    if (!isFree(point, 0.05, obstacles)) return false
  }
  return true
}

/** The yaw that looks from a point at a target (yaw 0 looks towards -z). */
export const yawTowards = (from: Point2, target: Point2): number =>
  Math.atan2(-(target.x - from.x), -(target.z - from.z))

/**
 * Where the `slot`-th visitor brought to a guide stands: beside the guide, then in rows behind, on free floor in
 * sight of the guide, facing what the guide faces (`facing`, an exhibit's position) or the way the guide looks.
 * Distinct slots give distinct spots, so a group arrives side by side, not on top of each other. Where no spot is
 * free (a crowded corner), the visitor stands where the guide does: better than not arriving.
 */
export function arrivalPose(
  anchor: FloorPose,
  slot: number,
  obstacles: readonly FloorBox[],
  facing: Point2 | null,
): FloorPose {
  const free = OFFSETS.map((offset) => spotOf(anchor, offset)).filter(
    (spot) => isFree(spot, BODY_RADIUS, obstacles) && inSight(anchor, spot, obstacles),
  )
  const spot = free.length > 0 ? (free[slot % free.length] as Point2) : { x: anchor.x, z: anchor.z }
  return { x: spot.x, z: spot.z, yaw: facing ? yawTowards(spot, facing) : anchor.yaw }
}
