import type { Exhibition, Hall } from '../../content/schema'
import { BODY_RADIUS, isFree } from '../../world/collision'
import { type FloorBox, obstaclesOf, openingsOf, standBox, viewingPose, wallPieces } from '../../world/geometry'
import { boxesOverlap } from '../../world/overlap'

export interface LayoutWarning {
  exhibitId: string
  message: string
}

/** The floor in front of each opening that must stay clear so visitors can pass, metres either side of the wall. */
const PASSAGE_DEPTH = 1.2

function passages(hall: Hall): FloorBox[] {
  return hall.walls.flatMap((wall) =>
    openingsOf(wall).map((opening) => ({
      x: opening.x,
      z: opening.z,
      halfWidth: opening.width / 2,
      halfDepth: PASSAGE_DEPTH,
      yaw: opening.yaw,
    })),
  )
}

/**
 * What a curator should fix before publishing a layout: stands that overlap each other or a wall, block a doorway,
 * stand outside their zone, or leave no room to stand and read them. Warnings, not errors: a draft may hold them.
 */
export function layoutWarnings(doc: Exhibition): LayoutWarning[] {
  const warnings: LayoutWarning[] = []
  const walls = doc.hall.walls
    .flatMap((wall) => wallPieces(wall, doc.hall.height))
    .filter((piece) => piece.bottom === 0)
  const doors = passages(doc.hall)
  const zones = new Map(doc.hall.zones.map((zone) => [zone.id, zone]))
  const obstacles = obstaclesOf(doc.hall, doc.exhibits)
  doc.exhibits.forEach((exhibit, index) => {
    const box = standBox(exhibit)
    const warn = (message: string) => warnings.push({ exhibitId: exhibit.id, message })
    for (const other of doc.exhibits.slice(index + 1)) {
      if (boxesOverlap(box, standBox(other))) warn(`overlaps "${other.id}"`)
    }
    if (walls.some((wall) => boxesOverlap(box, wall))) warn('stands in a wall')
    if (doors.some((door) => boxesOverlap(box, door))) warn('blocks a doorway')
    const zone = zones.get(exhibit.zone)
    if (zone) {
      const [[x1, z1], [x2, z2]] = zone.area
      const [x, z] = exhibit.position
      if (x < Math.min(x1, x2) || x > Math.max(x1, x2) || z < Math.min(z1, z2) || z > Math.max(z1, z2)) {
        warn(`stands outside its zone "${zone.id}"`)
      }
    }
    const view = viewingPose(exhibit)
    if (!isFree(view, BODY_RADIUS, obstacles)) warn('has no free floor in front of it to stand and read')
  })
  return warnings
}
