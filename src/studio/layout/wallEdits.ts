import type { FloorPoint, Hall, Wall } from '../../content/schema'

/**
 * Edits of the hall's walls and doorways as plain functions from one hall to the next: the studio wraps each in a
 * command (undo, redo, history), and the unit tests check them without a page.
 */

export const DEFAULT_PARTITION = { thickness: 0.2, height: 3.5 }
/** A new doorway's width: comfortably over the 0.9 m the schema requires. */
export const DEFAULT_DOORWAY = 1.2

const withWalls = (hall: Hall, walls: Wall[]): Hall => ({ ...hall, walls })
const mapWall = (hall: Hall, index: number, change: (wall: Wall) => Wall): Hall =>
  withWalls(
    hall,
    hall.walls.map((wall, i) => (i === index ? change(wall) : wall)),
  )

export const wallLength = (wall: Wall): number => Math.hypot(wall.to[0] - wall.from[0], wall.to[1] - wall.from[1])

export function addWall(hall: Hall, from: FloorPoint, to: FloorPoint): Hall {
  return withWalls(hall, [...hall.walls, { from, to, ...DEFAULT_PARTITION, openings: [] }])
}

export function removeWall(hall: Hall, index: number): Hall {
  return withWalls(
    hall,
    hall.walls.filter((_, i) => i !== index),
  )
}

/** Moves one end; doorways keep their distance from the start (the schema refuses any that no longer fit). */
export function moveWallEnd(hall: Hall, index: number, end: 'from' | 'to', point: FloorPoint): Hall {
  return mapWall(hall, index, (wall) => ({ ...wall, [end]: point }))
}

export function setWallSize(hall: Hall, index: number, size: { thickness?: number; height?: number }): Hall {
  return mapWall(hall, index, (wall) => ({ ...wall, ...size }))
}

/** Adds a doorway centred `offset` metres from the wall's start, kept inside the wall where it fits. */
export function addDoorway(hall: Hall, index: number, offset: number, width = DEFAULT_DOORWAY): Hall {
  return mapWall(hall, index, (wall) => {
    const length = wallLength(wall)
    const half = Math.min(width, length) / 2
    const centre = Math.max(half, Math.min(length - half, offset))
    return { ...wall, openings: [...wall.openings, { offset: centre, width }] }
  })
}

export function setDoorway(hall: Hall, index: number, door: number, change: { offset?: number; width?: number }): Hall {
  return mapWall(hall, index, (wall) => ({
    ...wall,
    openings: wall.openings.map((opening, i) => (i === door ? { ...opening, ...change } : opening)),
  }))
}

export function removeDoorway(hall: Hall, index: number, door: number): Hall {
  return mapWall(hall, index, (wall) => ({ ...wall, openings: wall.openings.filter((_, i) => i !== door) }))
}
