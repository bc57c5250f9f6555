import type { Exhibit } from '../content/schema'
import { type TravelRequest, useVisit } from '../state/visitStore'
import { viewingPose } from '../world/geometry'

/**
 * Takes the visitor to stand in front of an exhibit and opens its text: the same result as walking there and
 * clicking it. A jump glides (or cuts, with reduced motion); a walk follows the route round walls, as a guide would.
 */
export function goToExhibit(exhibit: Exhibit, mode: Extract<TravelRequest['mode'], 'jump' | 'walk'> = 'jump'): void {
  const { requestTravel, openExhibit } = useVisit.getState()
  requestTravel(viewingPose(exhibit), mode)
  openExhibit(exhibit.id)
}
