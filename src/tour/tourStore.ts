import { create } from 'zustand'
import type { Exhibit, Exhibition } from '../content/schema'
import { inTourOrder } from '../content/tourOrder'
import { goToExhibit } from '../motion/goToExhibit'

interface Tour {
  /** The stop the visitor is at, 0-based in tour order; null when no tour is running. */
  stop: number | null
  start: (exhibition: Exhibition) => void
  go: (exhibition: Exhibition, step: 1 | -1) => void
  end: () => void
}

/** The exhibition's stops in the order its curators set. */
export const tourStops = (exhibition: Exhibition): Exhibit[] => inTourOrder(exhibition.exhibits)

/** Walks to a stop and opens its text, as a guide would: stand in front of it, then read. */
function visitStop(exhibition: Exhibition, stop: number): void {
  const exhibit = tourStops(exhibition)[stop]
  if (!exhibit) return
  goToExhibit(exhibit, 'walk')
}

/** The guided tour: start, next, previous, end. The route between stops is walked (see DesktopControls). */
export const useTour = create<Tour>()((set, get) => ({
  stop: null,
  start: (exhibition) => {
    set({ stop: 0 })
    visitStop(exhibition, 0)
  },
  go: (exhibition, step) => {
    const current = get().stop ?? -1
    const next = Math.max(0, Math.min(tourStops(exhibition).length - 1, current + step))
    if (next === current) return
    set({ stop: next })
    visitStop(exhibition, next)
  },
  end: () => set({ stop: null }),
}))
