import { create } from 'zustand'
import type { FloorPose } from './floorPose'

/**
 * A request to move the visitor: walk there at walking speed, jump (a short glide) and face the target, or be placed
 * there at once (handing over the pose a headset visitor had when they take the headset off).
 */
export interface TravelRequest {
  pose: FloorPose
  mode: 'walk' | 'jump' | 'place'
  /** Increments on every request so the same target can be asked for twice. */
  seq: number
}

interface Visit {
  /** The exhibit whose full text is open in the panel. */
  openExhibitId: string | null
  /** The exhibit in front of the visitor, which Enter opens. */
  focusedExhibitId: string | null
  travel: TravelRequest | null
  openExhibit: (id: string | null) => void
  setFocused: (id: string | null) => void
  requestTravel: (pose: FloorPose, mode: TravelRequest['mode']) => void
}

/** What the visitor is doing now; shared by the scene and the HTML overlay. */
export const useVisit = create<Visit>()((set, get) => ({
  openExhibitId: null,
  focusedExhibitId: null,
  travel: null,
  openExhibit: (id) => set({ openExhibitId: id }),
  setFocused: (id) => {
    if (get().focusedExhibitId !== id) set({ focusedExhibitId: id })
  },
  requestTravel: (pose, mode) => set((state) => ({ travel: { pose, mode, seq: (state.travel?.seq ?? 0) + 1 } })),
}))
