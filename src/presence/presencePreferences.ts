import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { colourSchema, nicknameSchema } from '../content/presence'

/** How this visitor wants to appear to others; kept across visits in localStorage, like the display options. */
interface PresencePreferences {
  /** Empty: the server names them ("Visitor 7"). */
  nickname: string
  /** Empty: the server picks a colour. */
  colour: string
  /** Sees the others, is not seen. */
  invisible: boolean
  /** No connection at all: the hall as it was before presence. */
  alone: boolean
  setNickname: (nickname: string) => void
  setColour: (colour: string) => void
  setInvisible: (invisible: boolean) => void
  setAlone: (alone: boolean) => void
}

export const usePresencePreferences = create<PresencePreferences>()(
  persist(
    (set) => ({
      nickname: '',
      colour: '',
      invisible: false,
      alone: false,
      setNickname: (nickname) => set({ nickname }),
      setColour: (colour) => set({ colour }),
      setInvisible: (invisible) => set({ invisible }),
      setAlone: (alone) => set({ alone }),
    }),
    {
      name: 'metaverse-hall:presence',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // A stale or hand-edited entry must not break the visit: keep only values the protocol accepts.
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Partial<Record<keyof PresencePreferences, unknown>>
        const next = { ...current }
        const nickname = nicknameSchema.safeParse(stored.nickname)
        if (nickname.success) next.nickname = nickname.data
        const colour = colourSchema.safeParse(stored.colour)
        if (colour.success) next.colour = colour.data
        if (typeof stored.invisible === 'boolean') next.invisible = stored.invisible
        if (typeof stored.alone === 'boolean') next.alone = stored.alone
        return next
      },
    },
  ),
)
