import { expect, type Request } from '@playwright/test'
import type { Exhibit, Exhibition } from '../../src/content/schema'
import type { Diagnostics, HallPage } from './HallPage'

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

/** What a visitor sees drawn: when none of it changes between two looks, the scene has stopped changing. */
const drawn = (report: Diagnostics) =>
  [report.frames, report.drawCalls, report.triangles, report.programs, report.geometries, report.textures].join()

/** Requests that bring something into the hall (pictures, models, fonts); a paused recording's stream is not one. */
const LOADS = new Set(['image', 'fetch', 'xhr', 'font'])

/**
 * Goes to a viewpoint as a visitor would, by the exhibit list (the entrance is where the hall opens), and returns the
 * renderer's counts once the visitor stands still and what came near has loaded and been drawn: no download in
 * flight, and nothing drawn differently (not even one more frame) between two looks a little apart.
 */
export async function countsAt(hall: HallPage, viewpoint: Viewpoint, language: 'en' | 'zh' = 'en') {
  const loading = new Set<Request>()
  const started = (request: Request) => {
    if (LOADS.has(request.resourceType())) loading.add(request)
  }
  const ended = (request: Request) => loading.delete(request)
  hall.page.on('request', started)
  hall.page.on('requestfinished', ended)
  hall.page.on('requestfailed', ended)
  try {
    if (viewpoint.exhibit) {
      // By keyboard, as in the list's own test: on a narrow window the open panel covers part of the list.
      await hall.exhibitLink(viewpoint.exhibit.title[language]).press('Enter')
      await expect(hall.panelHeading()).toHaveText(viewpoint.exhibit.title[language])
    }
    await hall.settledPose()
    // Pictures near the new place load after the visitor arrives, and draw one more frame when they do.
    let last = ''
    await expect
      .poll(
        async () => {
          const report = await hall.diagnostics()
          const now = report && loading.size === 0 ? drawn(report) : ''
          const still = now !== '' && now === last
          last = now
          return still
        },
        { intervals: [250], timeout: 60_000, message: `the hall settles at ${viewpoint.name}` },
      )
      .toBe(true)
  } finally {
    hall.page.off('request', started)
    hall.page.off('requestfinished', ended)
    hall.page.off('requestfailed', ended)
  }
  const report = await hall.diagnostics()
  if (!report) throw new Error('the hall reports no diagnostics')
  return report
}
