import { create } from 'zustand'

/** What the kiosk shows: nothing, the countdown before a reset, or the attract loop of a desktop kiosk. */
export type KioskPhase = 'active' | 'warning' | 'attract'

interface Kiosk {
  phase: KioskPhase
  /** Seconds left on the countdown while `phase` is `warning`. */
  countdown: number
  /** Milliseconds since the last input (or head movement in VR). */
  idleMs: number
  /** Counts resets: the HTML menus (map, display, join) are mounted afresh under it, so each one is closed. */
  resets: number
  show: (patch: Partial<Pick<Kiosk, 'phase' | 'countdown' | 'idleMs'>>) => void
  countReset: () => void
}

export const useKiosk = create<Kiosk>()((set, get) => ({
  phase: 'active',
  countdown: 0,
  idleMs: 0,
  resets: 0,
  show: (patch) => {
    const state = get()
    if (Object.entries(patch).some(([key, value]) => state[key as keyof typeof patch] !== value)) set(patch)
  },
  countReset: () => set((state) => ({ resets: state.resets + 1 })),
}))
