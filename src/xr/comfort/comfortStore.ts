import { z } from 'zod'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

export const SNAP_ANGLES = [30, 45, 60, 90] as const

const comfortSchema = z.object({
  /** Snap turning jumps the view (gentle on the stomach); smooth turning rotates it. */
  turn: z.enum(['snap', 'smooth']),
  snapDegrees: z.union([z.literal(30), z.literal(45), z.literal(60), z.literal(90)]),
  /** Left-stick walking as well as teleporting. */
  smoothMove: z.boolean(),
  /** Narrow the view while moving smoothly. */
  vignette: z.boolean(),
  /** Seated visitors see the hall from standing eye height. */
  seated: z.boolean(),
})

export type ComfortSettings = z.infer<typeof comfortSchema>

/** Teleport and snap turns by default: the most comfortable choices for someone new to VR. */
export const DEFAULT_COMFORT: ComfortSettings = {
  turn: 'snap',
  snapDegrees: 45,
  smoothMove: false,
  vignette: true,
  seated: false,
}

interface Comfort extends ComfortSettings {
  change: (patch: Partial<ComfortSettings>) => void
}

/** A headset visitor's comfort choices, kept across visits in localStorage. */
export const useComfort = create<Comfort>()(
  persist(
    (set) => ({
      ...DEFAULT_COMFORT,
      change: (patch) => set(patch),
    }),
    {
      name: 'metaverse-hall:vr-comfort',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // A stale or hand-edited entry falls back to the defaults field by field rather than breaking VR.
      merge: (persisted, current) => {
        const parsed = comfortSchema.partial().safeParse(persisted)
        return parsed.success ? { ...current, ...parsed.data } : current
      },
    },
  ),
)
