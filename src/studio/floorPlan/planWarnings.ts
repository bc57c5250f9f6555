import type { Exhibition, FloorPoint } from '../../content/schema'
import { BODY_RADIUS, isFree } from '../../world/collision'
import { type FloorBox, obstaclesOf, openingsOf, standBox } from '../../world/geometry'
import { boxesOverlap } from '../../world/overlap'
import { unreachableExhibits } from '../../world/reachability'
import { layoutWarnings } from './layoutWarnings'

export type PlanWarningKind = 'stand' | 'unreachable' | 'doorway' | 'zone' | 'entrance'

/** One warning as the floor plan shows it: a sentence naming what it concerns, and where to draw its marker. */
export interface PlanWarning {
  kind: PlanWarningKind
  text: string
  at: FloorPoint
  exhibitId: string | null
}

/** The floor in front of the entrance a stand should leave open, so the first view reaches into the hall, metres. */
const ENTRANCE_VIEW = { halfWidth: 1, depth: 3 }

/**
 * Everything on the plan a curator should look at before publishing, in sentences that name exhibits by title:
 * the stand warnings, exhibits no visitor can reach from the entrance (the tour's route finding), blocked doorways,
 * zones without exhibits, and stands in the entrance's line of sight.
 */
export function planWarnings(doc: Exhibition): PlanWarning[] {
  const { hall, exhibits } = doc
  const titles = new Map<string, string>([
    ...exhibits.map((exhibit) => [exhibit.id, exhibit.title.en] as const),
    ...hall.zones.map((zone) => [zone.id, zone.title.en] as const),
  ])
  const named = (message: string) =>
    message.replace(/"([a-z0-9-]+)"/g, (_all, id: string) => `“${titles.get(id) ?? id}”`)
  const warnings: PlanWarning[] = layoutWarnings(doc).map((warning) => {
    const exhibit = exhibits.find((candidate) => candidate.id === warning.exhibitId)
    return {
      kind: 'stand',
      text: `“${exhibit?.title.en ?? warning.exhibitId}” ${named(warning.message)}.`,
      at: exhibit?.position ?? [0, 0],
      exhibitId: warning.exhibitId,
    }
  })
  for (const exhibit of unreachableExhibits(hall, exhibits)) {
    warnings.push({
      kind: 'unreachable',
      text: `No visitor can reach “${exhibit.title.en}” from the entrance: open a doorway into its room or move it.`,
      at: exhibit.position,
      exhibitId: exhibit.id,
    })
  }
  const obstacles = obstaclesOf(hall, exhibits)
  hall.walls.forEach((wall, w) => {
    openingsOf(wall).forEach((opening, o) => {
      // Either side of the doorway and in it: a visitor's body must fit through somewhere along its centre line.
      const across = [-0.4, 0, 0.4].map((d) => ({
        x: opening.x + Math.sin(opening.yaw) * d,
        z: opening.z + Math.cos(opening.yaw) * d,
      }))
      // A door in the outer wall is checked from the inside only: the hall's outline stops visitors there anyway.
      const inside = across.filter(
        (p) => Math.abs(p.x) < hall.width / 2 - BODY_RADIUS && Math.abs(p.z) < hall.depth / 2 - BODY_RADIUS,
      )
      if (inside.some((point) => !isFree(point, BODY_RADIUS, obstacles))) {
        warnings.push({
          kind: 'doorway',
          text: `Doorway ${o + 1} of wall ${w + 1} is blocked: visitors cannot pass through it.`,
          at: [opening.x, opening.z],
          exhibitId: null,
        })
      }
    })
  })
  for (const zone of hall.zones) {
    if (exhibits.some((exhibit) => exhibit.zone === zone.id)) continue
    const [[x1, z1], [x2, z2]] = zone.area
    warnings.push({
      kind: 'zone',
      text: `Zone “${zone.title.en}” has no exhibits: assign stands to it or remove it.`,
      at: [(x1 + x2) / 2, (z1 + z2) / 2],
      exhibitId: null,
    })
  }
  const yaw = (hall.entrance.yaw * Math.PI) / 180
  const [ex, ez] = hall.entrance.position
  // The entrance looks along (-sin yaw, -cos yaw): yaw 0 looks north, towards -z.
  const view: FloorBox = {
    x: ex - Math.sin(yaw) * (ENTRANCE_VIEW.depth / 2 + 0.3),
    z: ez - Math.cos(yaw) * (ENTRANCE_VIEW.depth / 2 + 0.3),
    halfWidth: ENTRANCE_VIEW.halfWidth,
    halfDepth: ENTRANCE_VIEW.depth / 2,
    yaw,
  }
  for (const exhibit of exhibits) {
    if (!boxesOverlap(standBox(exhibit), view)) continue
    warnings.push({
      kind: 'entrance',
      text: `“${exhibit.title.en}” stands right in front of the entrance and blocks the view into the hall.`,
      at: exhibit.position,
      exhibitId: exhibit.id,
    })
  }
  return warnings
}

/** The exhibits publishing would leave out of reach: publishing them asks the curator first. */
export const unreachableTitles = (warnings: readonly PlanWarning[]): string[] =>
  warnings.filter((warning) => warning.kind === 'unreachable').map((warning) => warning.text)
