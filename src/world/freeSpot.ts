import type { Exhibit, ExhibitKind, Hall } from '../content/schema'
import { BODY_RADIUS, isFree } from './collision'
import { type FloorBox, obstaclesOf, openingsOf, viewingPose } from './geometry'
import { boxesOverlap } from './overlap'
import { STAND_DIMENSIONS, VIEWING_DISTANCE } from './standDimensions'

/** Candidate spots are tried on this grid, metres. */
const STEP = 0.5
/** Clearance kept around a new stand and in front of doorways and the entrance, metres. */
const CLEARANCE = 0.6

type Area = readonly [readonly [number, number], readonly [number, number]]

/** The floor kept clear in front of every doorway and the entrance, so a new stand never blocks a way through. */
export function keepClear(hall: Hall): FloorBox[] {
  const doors = hall.walls.flatMap((wall) =>
    openingsOf(wall).map((o) => ({ x: o.x, z: o.z, halfWidth: o.width / 2 + CLEARANCE, halfDepth: 1.5, yaw: o.yaw })),
  )
  const [x, z] = hall.entrance.position
  return [...doors, { x, z, halfWidth: 2, halfDepth: 2, yaw: 0 }]
}

/**
 * A free place for a stand of `kind` inside `area`: not touching a wall, another stand, a doorway's passage or the
 * entrance, with floor in front to read it. Spots nearest the area's centre come first; null when none is free.
 */
export function freeSpot(
  hall: Hall,
  exhibits: readonly Exhibit[],
  area: Area,
  kind: ExhibitKind,
  rotation = 0,
): [number, number] | null {
  const [[ax, az], [bx, bz]] = area
  const [x1, x2] = [Math.min(ax, bx), Math.max(ax, bx)]
  const [z1, z2] = [Math.min(az, bz), Math.max(az, bz)]
  const centre = [(x1 + x2) / 2, (z1 + z2) / 2] as const
  // Where visitors stand to read the stands already placed stays free too.
  const readers = exhibits.map((exhibit) => {
    const view = viewingPose(exhibit)
    return { x: view.x, z: view.z, halfWidth: BODY_RADIUS + 0.2, halfDepth: BODY_RADIUS + 0.2, yaw: 0 }
  })
  const blocked = [...obstaclesOf(hall, exhibits), ...keepClear(hall), ...readers]
  const walkable = obstaclesOf(hall, exhibits)
  const candidates: [number, number][] = []
  for (let x = Math.ceil(x1 / STEP) * STEP; x <= x2; x += STEP) {
    for (let z = Math.ceil(z1 / STEP) * STEP; z <= z2; z += STEP) candidates.push([x, z])
  }
  candidates.sort(
    (a, b) => Math.hypot(a[0] - centre[0], a[1] - centre[1]) - Math.hypot(b[0] - centre[0], b[1] - centre[1]),
  )
  const size = STAND_DIMENSIONS[kind]
  const yaw = (rotation * Math.PI) / 180
  for (const position of candidates) {
    const [x, z] = position
    const padded = { x, z, halfWidth: size.width / 2 + CLEARANCE, halfDepth: size.depth / 2 + CLEARANCE, yaw }
    if (blocked.some((other) => boxesOverlap(padded, other))) continue
    const reach = VIEWING_DISTANCE + size.depth / 2
    if (!isFree({ x: x + Math.sin(yaw) * reach, z: z + Math.cos(yaw) * reach }, BODY_RADIUS, walkable)) continue
    return position
  }
  return null
}
