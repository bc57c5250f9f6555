/**
 * Larger exhibitions for the benchmark and the budget test: the base exhibition's hall repeated as pavilions on a
 * grid, with doorways in the walls between neighbours, its zones and stands copied into each. The texts are the base
 * exhibition's own (numbered per copy), so the hall's font subsets still cover every glyph; the result is validated
 * by the one schema like any other document.
 */
import type { Exhibit, Exhibition, FloorPoint, Localized, Wall } from '../../src/content/schema'
import { type FloorBox, standBox, wallPieces } from '../../src/world/geometry'
import { boxesOverlap } from '../../src/world/overlap'

/** Doorways cut into the walls between pavilions: wide enough for two visitors to pass. */
const DOORWAY = 2
/** How far a doorway keeps from a wall's corner, and how much free floor it needs on either side, metres. */
const CORNER_CLEARANCE = 1.5
const SIDE_CLEARANCE = 1.5
const SEARCH_STEP = 0.5
const SHARED_WALL_THICKNESS = 0.3

export interface Grid {
  columns: number
  rows: number
}

/** `copies` pavilions as a grid about twice as wide as deep (the largest divisor of `copies` up to √(copies/2) rows). */
export function gridFor(copies: number): Grid {
  let rows = 1
  for (let candidate = 1; candidate * candidate <= copies / 2 + 1e-9; candidate++) {
    if (copies % candidate === 0) rows = candidate
  }
  return { columns: copies / rows, rows }
}

const numbered = (text: Localized, copy: number): Localized =>
  copy === 0 ? text : { zh: `${text.zh} (${copy + 1})`, en: `${text.en} (${copy + 1})` }
const suffixed = (id: string, copy: number) => (copy === 0 ? id : `${id}-${copy + 1}`)
const shift = ([x, z]: FloorPoint, dx: number, dz: number): FloorPoint => [x + dx, z + dz]

/** Whether a wall runs along one side of the hall's outline (not merely from one side to another). */
function onOutline(wall: Wall, width: number, depth: number): boolean {
  const [[x1, z1], [x2, z2]] = [wall.from, wall.to]
  const near = (a: number, b: number) => Math.abs(a - b) < 1e-6
  return (near(x1, x2) && near(Math.abs(x1), width / 2)) || (near(z1, z2) && near(Math.abs(z1), depth / 2))
}

/**
 * Offsets along a straight wall segment [start, end] (measured from the wall's own start) where a doorway finds free
 * floor on both sides, nearest the segment's middle first. `boxAt` places the clearance box for an offset.
 */
function doorwayOffset(
  start: number,
  end: number,
  boxAt: (offset: number) => FloorBox,
  obstacles: readonly FloorBox[],
): number {
  const low = start + CORNER_CLEARANCE + DOORWAY / 2
  const high = end - CORNER_CLEARANCE - DOORWAY / 2
  const middle = (start + end) / 2
  const candidates: number[] = []
  for (let offset = low; offset <= high + 1e-9; offset += SEARCH_STEP) candidates.push(offset)
  candidates.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle))
  const free = candidates.find((offset) => !obstacles.some((obstacle) => boxesOverlap(boxAt(offset), obstacle)))
  if (free === undefined) throw new Error(`no room for a doorway between ${start} and ${end} m along a shared wall`)
  return free
}

/** The base exhibition with its hall repeated `copies` times (1 gives the base layout back). */
export function scaledExhibition(base: Exhibition, copies: number): Exhibition {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`copies must be a positive integer, not ${copies}`)
  const { columns, rows } = gridFor(copies)
  const cell = { width: base.hall.width, depth: base.hall.depth }
  const width = columns * cell.width
  const depth = rows * cell.depth
  // The visitor comes in through the middle pavilion of the front (south) row.
  const entranceCell = { column: Math.floor(columns / 2), row: rows - 1 }
  const cells = Array.from({ length: copies }, (_, index) => ({
    column: index % columns,
    row: Math.floor(index / columns),
  }))
  cells.sort(
    (a, b) =>
      Number(b.column === entranceCell.column && b.row === entranceCell.row) -
      Number(a.column === entranceCell.column && a.row === entranceCell.row),
  )
  const offsets = cells.map(({ column, row }) => ({
    dx: -width / 2 + cell.width / 2 + column * cell.width,
    dz: -depth / 2 + cell.depth / 2 + row * cell.depth,
  }))

  // The base's outer walls give way to the big hall's outline and the walls shared between pavilions.
  const innerWalls = base.hall.walls.filter((wall) => !onOutline(wall, cell.width, cell.depth))
  const copiedWalls: Wall[] = offsets.flatMap(({ dx, dz }) =>
    innerWalls.map((wall) => ({ ...wall, from: shift(wall.from, dx, dz), to: shift(wall.to, dx, dz) })),
  )
  const exhibits: Exhibit[] = offsets.flatMap(({ dx, dz }, copy) =>
    base.exhibits.map((exhibit) => ({
      ...exhibit,
      id: suffixed(exhibit.id, copy),
      zone: suffixed(exhibit.zone, copy),
      position: shift(exhibit.position, dx, dz),
      title: numbered(exhibit.title, copy),
      tour: exhibit.tour + copy * base.exhibits.length,
    })),
  )
  const obstacles: FloorBox[] = [
    ...exhibits.map(standBox),
    ...copiedWalls.flatMap((wall) => wallPieces(wall, base.hall.height)).filter((piece) => piece.bottom === 0),
  ]

  // Walls between neighbouring pavilions, one doorway per pavilion they separate.
  const sharedWalls: Wall[] = []
  for (let column = 1; column < columns; column++) {
    const x = -width / 2 + column * cell.width
    const openings = Array.from({ length: rows }, (_, row) => ({
      offset: doorwayOffset(
        row * cell.depth,
        (row + 1) * cell.depth,
        (offset) => ({ x, z: -depth / 2 + offset, halfWidth: SIDE_CLEARANCE, halfDepth: DOORWAY / 2 + 0.3, yaw: 0 }),
        obstacles,
      ),
      width: DOORWAY,
    }))
    sharedWalls.push({ from: [x, -depth / 2], to: [x, depth / 2], thickness: SHARED_WALL_THICKNESS, openings })
  }
  for (let row = 1; row < rows; row++) {
    const z = -depth / 2 + row * cell.depth
    const openings = Array.from({ length: columns }, (_, column) => ({
      offset: doorwayOffset(
        column * cell.width,
        (column + 1) * cell.width,
        (offset) => ({ x: -width / 2 + offset, z, halfWidth: DOORWAY / 2 + 0.3, halfDepth: SIDE_CLEARANCE, yaw: 0 }),
        obstacles,
      ),
      width: DOORWAY,
    }))
    sharedWalls.push({ from: [-width / 2, z], to: [width / 2, z], thickness: SHARED_WALL_THICKNESS, openings })
  }

  const entrance = offsets[0] ?? { dx: 0, dz: 0 }
  return {
    ...base,
    id: copies === 1 ? base.id : `${base.id}-x${copies}`,
    hall: {
      ...base.hall,
      width,
      depth,
      walls: [...outline(base, width, depth, entrance), ...sharedWalls, ...copiedWalls],
      zones: offsets.flatMap(({ dx, dz }, copy) =>
        base.hall.zones.map((zone) => ({
          ...zone,
          id: suffixed(zone.id, copy),
          title: numbered(zone.title, copy),
          area: [shift(zone.area[0], dx, dz), shift(zone.area[1], dx, dz)] as [FloorPoint, FloorPoint],
        })),
      ),
      entrance: { ...base.hall.entrance, position: shift(base.hall.entrance.position, entrance.dx, entrance.dz) },
    },
    exhibits,
  }
}

/**
 * The big hall's four outer walls. The base hall's doors to the outside are kept where they fall on the big hall's
 * outline once the base sits in the entrance pavilion; the other pavilions' outer walls are closed.
 */
function outline(base: Exhibition, width: number, depth: number, at: { dx: number; dz: number }): Wall[] {
  const thickness = base.hall.walls[0]?.thickness ?? SHARED_WALL_THICKNESS
  const w = width / 2
  const d = depth / 2
  const sides: { from: FloorPoint; to: FloorPoint }[] = [
    { from: [-w, -d], to: [w, -d] },
    { from: [-w, d], to: [w, d] },
    { from: [-w, -d], to: [-w, d] },
    { from: [w, -d], to: [w, d] },
  ]
  const doors = base.hall.walls
    .filter((wall) => onOutline(wall, base.hall.width, base.hall.depth))
    .flatMap((wall) => {
      const length = Math.hypot(wall.to[0] - wall.from[0], wall.to[1] - wall.from[1])
      if (length === 0) return []
      return wall.openings.map((opening) => {
        const t = opening.offset / length
        const point: FloorPoint = [
          wall.from[0] + (wall.to[0] - wall.from[0]) * t + at.dx,
          wall.from[1] + (wall.to[1] - wall.from[1]) * t + at.dz,
        ]
        return { point, width: opening.width }
      })
    })
  return sides.map(({ from, to }) => {
    const horizontal = from[1] === to[1]
    const openings = doors
      .filter(({ point }) => (horizontal ? Math.abs(point[1] - from[1]) < 1e-6 : Math.abs(point[0] - from[0]) < 1e-6))
      .map(({ point, width: doorWidth }) => ({
        offset: horizontal ? point[0] - from[0] : point[1] - from[1],
        width: doorWidth,
      }))
    return { from, to, thickness, openings }
  })
}
