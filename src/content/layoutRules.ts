/**
 * Rules of the hall's layout that a field type cannot say: a wall has a length, a doorway fits inside its wall,
 * zones and walls lie inside the hall. Each problem names the field in words a curator reads ("Wall 3", "Zone
 * “Industry”"), because the studio shows these sentences next to the control that caused them.
 */

type Point = readonly [number, number]

/** The parts of a hall the rules read; the schema's Hall type fits it. */
export interface LayoutInput {
  width: number
  depth: number
  walls: readonly {
    from: Point
    to: Point
    openings: readonly { offset: number; width: number }[]
  }[]
  zones: readonly { id: string; title: { en: string }; area: readonly [Point, Point] }[]
}

export interface LayoutProblem {
  path: (string | number)[]
  message: string
}

/** Walls shorter than this are a slip of the mouse, not a wall. */
export const MIN_WALL_LENGTH = 0.25
/** Rounding slack, metres: a wall drawn exactly on the outline is inside. */
const SLACK = 1e-6

const metres = (value: number) => `${Number(value.toFixed(2))} m`

export function hallSize(hall: Pick<LayoutInput, 'width' | 'depth'>): string {
  return `${metres(hall.width)} × ${metres(hall.depth)}`
}

export function layoutProblems(hall: LayoutInput): LayoutProblem[] {
  const problems: LayoutProblem[] = []
  const halfW = hall.width / 2 + SLACK
  const halfD = hall.depth / 2 + SLACK
  const inside = ([x, z]: Point) => Math.abs(x) <= halfW && Math.abs(z) <= halfD
  hall.walls.forEach((wall, w) => {
    const name = `Wall ${w + 1}`
    const length = Math.hypot(wall.to[0] - wall.from[0], wall.to[1] - wall.from[1])
    if (length < MIN_WALL_LENGTH) {
      problems.push({
        path: ['hall', 'walls', w, 'to'],
        message: `${name} has no length (${metres(length)}): its two ends must be at least ${metres(MIN_WALL_LENGTH)} apart`,
      })
      return
    }
    for (const [end, point] of [
      ['from', wall.from],
      ['to', wall.to],
    ] as const) {
      if (!inside(point)) {
        problems.push({
          path: ['hall', 'walls', w, end],
          message: `${name} ${end === 'from' ? 'starts' : 'ends'} outside the hall (${hallSize(hall)})`,
        })
      }
    }
    wall.openings.forEach((opening, o) => {
      const start = opening.offset - opening.width / 2
      const end = opening.offset + opening.width / 2
      if (opening.width > length) {
        problems.push({
          path: ['hall', 'walls', w, 'openings', o, 'width'],
          message: `Doorway ${o + 1} of wall ${w + 1} is ${metres(opening.width)} wide, wider than its wall (${metres(length)})`,
        })
      } else if (start < -SLACK || end > length + SLACK) {
        problems.push({
          path: ['hall', 'walls', w, 'openings', o, 'offset'],
          message: `Doorway ${o + 1} of wall ${w + 1} reaches past the end of its wall: its centre must be between ${metres(opening.width / 2)} and ${metres(length - opening.width / 2)} from the wall's start`,
        })
      }
    })
  })
  hall.zones.forEach((zone, z) => {
    const [a, b] = zone.area
    if (!inside(a) || !inside(b)) {
      problems.push({
        path: ['hall', 'zones', z, 'area'],
        message: `Zone “${zone.title.en}” reaches outside the hall (${hallSize(hall)})`,
      })
    }
    if (Math.abs(a[0] - b[0]) < SLACK || Math.abs(a[1] - b[1]) < SLACK) {
      problems.push({ path: ['hall', 'zones', z, 'area'], message: `Zone “${zone.title.en}” has no floor area` })
    }
  })
  return problems
}
