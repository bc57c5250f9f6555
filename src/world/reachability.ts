import type { Exhibit, Hall } from '../content/schema'
import { BODY_RADIUS, isFree } from './collision'
import { entrancePose, obstaclesOf, viewingPose } from './geometry'
import { reachableFrom } from './pathfinding'

/**
 * The exhibits no visitor can walk to from the entrance: the same route finding the guided tour and click-to-walk
 * use, from the entrance to where a visitor stands to read each stand. An exhibit with no free floor in front of it
 * is left out: that is a problem of its own, warned about as such.
 */
export function unreachableExhibits(hall: Hall, exhibits: readonly Exhibit[]): Exhibit[] {
  const obstacles = obstaclesOf(hall, exhibits)
  const start = entrancePose(hall)
  if (!isFree(start, BODY_RADIUS, obstacles))
    return exhibits.filter((exhibit) => isFree(viewingPose(exhibit), BODY_RADIUS, obstacles))
  const reachable = reachableFrom(start, BODY_RADIUS, obstacles, hall)
  return exhibits.filter((exhibit) => {
    const view = viewingPose(exhibit)
    return isFree(view, BODY_RADIUS, obstacles) && !reachable(view)
  })
}
