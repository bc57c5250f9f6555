import { expect } from '@playwright/test'
import type { Exhibit, Exhibition } from '../../src/content/schema'
import type { HallPage } from './HallPage'

/** A fixed place to measure from: the entrance, or in front of a zone's first stand (which names the zone). */
export interface Viewpoint {
  name: string
  exhibit: Exhibit | null
}

/** The entrance and, for each zone, its first stand in tour order: the same places in a hall of any size. */
export function viewpointsOf(exhibition: Exhibition): Viewpoint[] {
  const byTour = [...exhibition.exhibits].sort((a, b) => a.tour - b.tour)
  const firsts = exhibition.hall.zones.flatMap((zone) => {
    const first = byTour.find((exhibit) => exhibit.zone === zone.id)
    return first ? [{ name: zone.id, exhibit: first }] : []
  })
  return [{ name: 'entrance', exhibit: null }, ...firsts]
}

/**
 * Goes to a viewpoint as a visitor would, by the exhibit list (the entrance is where the hall opens), and returns the
 * renderer's counts once the visitor stands still and what came near has loaded.
 */
export async function countsAt(hall: HallPage, viewpoint: Viewpoint, language: 'en' | 'zh' = 'en') {
  if (viewpoint.exhibit) {
    // By keyboard, as in the list's own test: on a narrow window the open panel covers part of the list.
    await hall.exhibitLink(viewpoint.exhibit.title[language]).press('Enter')
    await expect(hall.panelHeading()).toHaveText(viewpoint.exhibit.title[language])
  }
  await hall.settledPose()
  // Pictures near the new place load after the visitor arrives, and draw one more frame when they do.
  await hall.page.waitForTimeout(1000)
  const report = await hall.diagnostics()
  if (!report) throw new Error('the hall reports no diagnostics')
  return report
}
