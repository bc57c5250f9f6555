import type { Exhibit } from '../content/schema'

/** The exhibit closest to a point on the floor: where a visitor stands, in words a guide or staff know. */
export function nearestExhibit(exhibits: readonly Exhibit[], x: number, z: number): Exhibit | null {
  let best: Exhibit | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  for (const exhibit of exhibits) {
    const distance = Math.hypot(exhibit.position[0] - x, exhibit.position[1] - z)
    if (distance < bestDistance) {
      best = exhibit
      bestDistance = distance
    }
  }
  return best
}
