import type { FloorPoint, Hall } from '../../content/schema'

/** Wall ends snap to this grid, metres. */
export const WALL_GRID = 0.5
/** A wall end this close to another wall's end joins it rather than the grid, metres. */
export const END_SNAP = 0.4

const onGrid = (value: number, grid: number) => Math.round(value / grid) * grid

/**
 * Where a wall end dropped at `point` lands: on another wall's end when one is within END_SNAP (so walls meet without
 * a gap), otherwise on the grid; always inside the hall. `skip` leaves out the wall being edited.
 */
export function snapWallEnd(hall: Hall, point: FloorPoint, skip?: number, grid = WALL_GRID): FloorPoint {
  let best: FloorPoint | null = null
  let bestDistance = END_SNAP
  hall.walls.forEach((wall, index) => {
    if (index === skip) return
    for (const end of [wall.from, wall.to]) {
      const distance = Math.hypot(end[0] - point[0], end[1] - point[1])
      if (distance <= bestDistance) {
        best = end
        bestDistance = distance
      }
    }
  })
  if (best) return [best[0], best[1]]
  const clamp = (value: number, half: number) => Math.max(-half, Math.min(half, value))
  return [clamp(onGrid(point[0], grid), hall.width / 2), clamp(onGrid(point[1], grid), hall.depth / 2)]
}

/** Distance along a wall from its start to the point of it nearest `point`, metres, rounded to 0.1 m. */
export function offsetAlong(hall: Hall, wallIndex: number, point: FloorPoint): number {
  const wall = hall.walls[wallIndex]
  if (!wall) return 0
  const [x1, z1] = wall.from
  const dx = wall.to[0] - x1
  const dz = wall.to[1] - z1
  const length = Math.hypot(dx, dz)
  if (length === 0) return 0
  const t = ((point[0] - x1) * dx + (point[1] - z1) * dz) / length
  return Math.round(Math.max(0, Math.min(length, t)) * 10) / 10
}

/** The wall nearest `point` within `reach` metres, or null. */
export function wallNear(hall: Hall, point: FloorPoint, reach = 0.6): number | null {
  let best: number | null = null
  let bestDistance = reach
  hall.walls.forEach((wall, index) => {
    const [x1, z1] = wall.from
    const dx = wall.to[0] - x1
    const dz = wall.to[1] - z1
    const lengthSq = dx * dx + dz * dz
    if (lengthSq === 0) return
    const t = Math.max(0, Math.min(1, ((point[0] - x1) * dx + (point[1] - z1) * dz) / lengthSq))
    const distance = Math.hypot(point[0] - (x1 + t * dx), point[1] - (z1 + t * dz))
    if (distance < bestDistance) {
      best = index
      bestDistance = distance
    }
  })
  return best
}
