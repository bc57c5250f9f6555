import type { Exhibit, Hall, Wall } from '../content/schema'
import type { FloorPose } from '../state/floorPose'
import { STAND_DIMENSIONS, VIEWING_DISTANCE } from './standDimensions'

const DEG = Math.PI / 180

/** An oriented rectangle on the floor: centre, half extents along its own axes, and yaw in radians. */
export interface FloorBox {
  x: number
  z: number
  halfWidth: number
  halfDepth: number
  /** Rotation about +y: the box's local +z axis points at (sin yaw, cos yaw). */
  yaw: number
}

/** A solid stretch of wall between openings, with its vertical extent. */
export interface WallPiece extends FloorBox {
  bottom: number
  top: number
}

/** Openings are this tall; a wall taller than that gets a lintel above each opening. */
export const OPENING_HEIGHT = 3

/** A wall's start, length and unit direction; null for a wall of no length. */
function wallFrame(wall: Wall): { x1: number; z1: number; length: number; ux: number; uz: number; yaw: number } | null {
  const [x1, z1] = wall.from
  const [x2, z2] = wall.to
  const length = Math.hypot(x2 - x1, z2 - z1)
  if (length === 0) return null
  const ux = (x2 - x1) / length
  const uz = (z2 - z1) / length
  // A wall runs along its local x axis; yaw turns local x onto (ux, uz).
  return { x1, z1, length, ux, uz, yaw: Math.atan2(-uz, ux) }
}

/** Splits a wall into the solid boxes that remain once its openings are cut out. */
export function wallPieces(wall: Wall, hallHeight: number): WallPiece[] {
  const frame = wallFrame(wall)
  if (!frame) return []
  const { x1, z1, length, ux, uz, yaw } = frame
  const height = wall.height ?? hallHeight
  const piece = (start: number, end: number, bottom: number, top: number): WallPiece => {
    const mid = (start + end) / 2
    return {
      x: x1 + ux * mid,
      z: z1 + uz * mid,
      halfWidth: (end - start) / 2,
      halfDepth: wall.thickness / 2,
      yaw,
      bottom,
      top,
    }
  }
  const gaps = [...wall.openings]
    .map((opening) => [opening.offset - opening.width / 2, opening.offset + opening.width / 2] as const)
    .sort((a, b) => a[0] - b[0])
  const pieces: WallPiece[] = []
  let cursor = 0
  for (const [start, end] of gaps) {
    if (start > cursor) pieces.push(piece(cursor, start, 0, height))
    if (height > OPENING_HEIGHT + 0.05) pieces.push(piece(start, end, OPENING_HEIGHT, height))
    cursor = Math.max(cursor, end)
  }
  if (cursor < length) pieces.push(piece(cursor, length, 0, height))
  return pieces
}

export const exhibitYaw = (exhibit: Exhibit): number => exhibit.rotation * DEG

/** The floor area a stand occupies. */
export function standBox(exhibit: Exhibit): FloorBox {
  const size = STAND_DIMENSIONS[exhibit.kind]
  return {
    x: exhibit.position[0],
    z: exhibit.position[1],
    halfWidth: size.width / 2,
    halfDepth: size.depth / 2,
    yaw: exhibitYaw(exhibit),
  }
}

/** The hall's outline as four boxes just outside it: openings in the outer walls are doors, not ways out. */
export function hallBounds(hall: Hall): FloorBox[] {
  const w = hall.width / 2
  const d = hall.depth / 2
  const edge = (x: number, z: number, halfWidth: number, halfDepth: number): FloorBox => ({
    x,
    z,
    halfWidth,
    halfDepth,
    yaw: 0,
  })
  return [
    edge(0, -d - 0.5, w + 1, 0.5),
    edge(0, d + 0.5, w + 1, 0.5),
    edge(-w - 0.5, 0, 0.5, d + 1),
    edge(w + 0.5, 0, 0.5, d + 1),
  ]
}

/** Where each opening of a wall is: its centre on the floor, its width, and the wall's direction (yaw). */
export function openingsOf(wall: Wall): { x: number; z: number; width: number; yaw: number }[] {
  const frame = wallFrame(wall)
  if (!frame) return []
  const { x1, z1, ux, uz, yaw } = frame
  return wall.openings.map((opening) => ({
    x: x1 + ux * opening.offset,
    z: z1 + uz * opening.offset,
    width: opening.width,
    yaw,
  }))
}

/** Openings in walls that lie on the hall's outline: the doors to the outside, glazed and closed. */
export function outerDoors(hall: Hall): WallPiece[] {
  const w = hall.width / 2
  const d = hall.depth / 2
  const onOutline = (x: number, z: number) => Math.abs(Math.abs(x) - w) < 1e-6 || Math.abs(Math.abs(z) - d) < 1e-6
  return hall.walls
    .filter((wall) => onOutline(...wall.from) && onOutline(...wall.to))
    .flatMap((wall) =>
      openingsOf(wall).map((opening) => ({
        x: opening.x,
        z: opening.z,
        halfWidth: opening.width / 2,
        halfDepth: 0.03,
        yaw: opening.yaw,
        bottom: 0,
        top: Math.min(OPENING_HEIGHT, wall.height ?? hall.height),
      })),
    )
}

/** Everything a walking visitor bumps into: wall pieces that reach the floor, stands, and the hall's outline. */
export function obstaclesOf(hall: Hall, exhibits: readonly Exhibit[]): FloorBox[] {
  const walls = hall.walls.flatMap((wall) => wallPieces(wall, hall.height)).filter((piece) => piece.bottom === 0)
  return [...walls, ...exhibits.map(standBox), ...hallBounds(hall)]
}

/** Where to stand to read an exhibit: in front of its face, looking at it. */
export function viewingPose(exhibit: Exhibit): FloorPose {
  const yaw = exhibitYaw(exhibit)
  const depth = STAND_DIMENSIONS[exhibit.kind].depth / 2
  return {
    x: exhibit.position[0] + Math.sin(yaw) * (VIEWING_DISTANCE + depth),
    z: exhibit.position[1] + Math.cos(yaw) * (VIEWING_DISTANCE + depth),
    yaw,
  }
}

export const entrancePose = (hall: Hall): FloorPose => ({
  x: hall.entrance.position[0],
  z: hall.entrance.position[1],
  yaw: hall.entrance.yaw * DEG,
})
