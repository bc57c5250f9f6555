import type { Exhibition, FloorPoint, Hall, Wall } from '../../content/schema'
import { inTourOrder } from '../../content/tourOrder'
import { freeSpot } from '../../world/freeSpot'

export const TEMPLATES = {
  'one-room': 'One large room',
  'four-rooms': 'A loop of four rooms',
  corridor: 'A corridor with side rooms',
} as const
export type TemplateId = keyof typeof TEMPLATES

type Rect = [FloorPoint, FloorPoint]

interface Plan {
  walls: Wall[]
  /** Rooms in the order zones are given them (the entrance's room first). */
  rooms: Rect[]
  /** Where stands that fit nowhere in their zone wait to be placed by hand. */
  holding: Rect
  entrance: FloorPoint
}

const OUTER = 0.3
const INNER = 0.2
const DOOR = 2
const PARTITION = 3.5

const wall = (from: FloorPoint, to: FloorPoint, openings: number[] = [], inner = true): Wall => ({
  from,
  to,
  thickness: inner ? INNER : OUTER,
  ...(inner ? { height: PARTITION } : {}),
  openings: openings.map((offset) => ({ offset, width: DOOR })),
})

/** The four outer walls, with the way in on the south side at `doorX`. */
function outline(w: number, d: number, doorX: number): Wall[] {
  return [
    wall([-w, -d], [w, -d], [], false),
    wall([-w, d], [w, d], [doorX + w], false),
    wall([-w, -d], [-w, d], [], false),
    wall([w, -d], [w, d], [], false),
  ]
}

function planOf(template: TemplateId, hall: Hall): Plan {
  const w = hall.width / 2
  const d = hall.depth / 2
  if (template === 'one-room') {
    return {
      walls: outline(w, d, 0),
      rooms: [
        [
          [-w, -d],
          [w, d],
        ],
      ],
      holding: [
        [-w + 1, d - 3],
        [-2.5, d - 1],
      ],
      entrance: [0, d - 2],
    }
  }
  if (template === 'four-rooms') {
    // South-west (the way in), north-west, north-east, south-east: doorways between neighbours make a loop.
    return {
      walls: [
        ...outline(w, d, -w / 2),
        wall([0, -d], [0, d], [d / 2, (3 * d) / 2]),
        wall([-w, 0], [w, 0], [w / 2, (3 * w) / 2]),
      ],
      rooms: [
        [
          [-w, 0],
          [0, d],
        ],
        [
          [-w, -d],
          [0, 0],
        ],
        [
          [0, -d],
          [w, 0],
        ],
        [
          [0, 0],
          [w, d],
        ],
      ],
      holding: [
        [-w + 1, d - 3],
        [-w / 2 - 2, d - 1],
      ],
      entrance: [-w / 2, d - 2],
    }
  }
  const c = 2
  return {
    walls: [
      ...outline(w, d, 0),
      wall([-c, -d], [-c, d], [d / 2, (3 * d) / 2]),
      wall([c, -d], [c, d], [d / 2, (3 * d) / 2]),
      wall([-w, 0], [-c, 0]),
      wall([c, 0], [w, 0]),
    ],
    rooms: [
      [
        [-w, 0],
        [-c, d],
      ],
      [
        [-w, -d],
        [-c, 0],
      ],
      [
        [c, -d],
        [w, 0],
      ],
      [
        [c, 0],
        [w, d],
      ],
    ],
    holding: [
      [-c + 0.5, -d + 1],
      [c - 0.5, d - 4],
    ],
    entrance: [0, d - 2],
  }
}

/** `rect` cut into `n` strips side by side, west to east. */
function strips([[x1, z1], [x2, z2]]: Rect, n: number): Rect[] {
  const step = (x2 - x1) / n
  return Array.from({ length: n }, (_, i) => [
    [x1 + i * step, z1],
    [x1 + (i + 1) * step, z2],
  ])
}

/** Zone i gets room i; with more zones than rooms, rooms are shared out and cut into strips. */
function zoneAreas(rooms: Rect[], count: number): Rect[] {
  const perRoom = rooms.map((_, r) => Math.floor(count / rooms.length) + (r < count % rooms.length ? 1 : 0))
  const areas: Rect[] = []
  for (let i = 0; i < count; i++) {
    const room = i % rooms.length
    const room_ = rooms[room] as Rect
    const slot = Math.floor(i / rooms.length)
    areas.push(strips(room_, Math.max(1, perRoom[room] ?? 1))[slot] ?? room_)
  }
  return areas
}

const ROTATIONS = [0, 180, 90, -90]

/** The n-th place in the holding area: rows of stands 2.5 m apart, starting over when the area is full. */
function holdingSpot([[x1, z1], [x2, z2]]: Rect, n: number, hall: Hall): [number, number] {
  const perRow = Math.max(1, Math.floor(Math.abs(x2 - x1) / 2.5) + 1)
  const rows = Math.max(1, Math.floor(Math.abs(z2 - z1) / 1.5) + 1)
  const x = Math.min(x1, x2) + (n % perRow) * 2.5
  const z = Math.min(z1, z2) + (Math.floor(n / perRow) % rows) * 1.5
  const inside = (value: number, half: number) => Math.max(-half + 0.5, Math.min(half - 0.5, value))
  return [inside(x, hall.width / 2), inside(z, hall.depth / 2)]
}

/**
 * The document laid out anew from a template, keeping the hall's size, every zone (names and colours) and every
 * exhibit. Stands are placed on free floor in their zone, in tour order; those that no longer fit wait in the
 * holding area (listed in `held`), for the curator to place by hand.
 */
export function applyTemplate(doc: Exhibition, template: TemplateId): { doc: Exhibition; held: string[] } {
  const plan = planOf(template, doc.hall)
  const areas = zoneAreas(plan.rooms, doc.hall.zones.length)
  const zones = doc.hall.zones.map((zone, i) => ({ ...zone, area: areas[i] ?? zone.area }))
  const hall: Hall = { ...doc.hall, walls: plan.walls, zones, entrance: { position: plan.entrance, yaw: 0 } }
  const areaOf = new Map(zones.map((zone) => [zone.id, zone.area]))
  const placed: Exhibition['exhibits'] = []
  const held: string[] = []
  for (const exhibit of inTourOrder(doc.exhibits)) {
    const area = areaOf.get(exhibit.zone)
    let spot: { position: [number, number]; rotation: number } | null = null
    for (const rotation of area ? ROTATIONS : []) {
      const position = freeSpot(hall, placed, area as Rect, exhibit.kind, rotation)
      if (position) {
        spot = { position, rotation }
        break
      }
    }
    if (!spot) {
      held.push(exhibit.id)
      spot = { position: holdingSpot(plan.holding, held.length - 1, doc.hall), rotation: 0 }
    }
    placed.push({ ...exhibit, ...spot })
  }
  const byId = new Map(placed.map((exhibit) => [exhibit.id, exhibit]))
  return {
    doc: { ...doc, hall, exhibits: doc.exhibits.map((exhibit) => byId.get(exhibit.id) ?? exhibit) },
    held,
  }
}
