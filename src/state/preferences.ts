import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Language } from '../content/schema'

export const TEXT_SCALES = [1, 1.25, 1.5] as const
export type TextScale = (typeof TEXT_SCALES)[number]

interface Preferences {
  language: Language
  /** Text size for the HTML panels and the words on the 3D stands. */
  textScale: TextScale
  /** Black on white, stronger outlines. */
  highContrast: boolean
  /** Jumps instead of glides and walks, whatever the system setting says. */
  reduceMotion: boolean
  /** Narration captions under an open exhibit, on the desktop and in VR. */
  captions: boolean
  setLanguage: (language: Language) => void
  setTextScale: (textScale: TextScale) => void
  setHighContrast: (highContrast: boolean) => void
  setReduceMotion: (reduceMotion: boolean) => void
  setCaptions: (captions: boolean) => void
}

/** The first visit follows the browser's language; after that, the visitor's own choice. */
function browserLanguage(): Language {
  if (typeof navigator === 'undefined') return 'zh'
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh' : 'en'
}

const systemReducesMotion = () =>
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches

export type PreferenceValues = Pick<
  Preferences,
  'language' | 'textScale' | 'highContrast' | 'reduceMotion' | 'captions'
>

/** A first visit's preferences: also what a kiosk goes back to for the next visitor (src/kiosk). */
export function defaultPreferences(): PreferenceValues {
  return {
    language: browserLanguage(),
    textScale: 1,
    highContrast: false,
    reduceMotion: systemReducesMotion(),
    captions: true,
  }
}

/** What a visitor chose, kept across visits in localStorage. */
export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      ...defaultPreferences(),
      setLanguage: (language) => set({ language }),
      setTextScale: (textScale) => set({ textScale }),
      setHighContrast: (highContrast) => set({ highContrast }),
      setReduceMotion: (reduceMotion) => set({ reduceMotion }),
      setCaptions: (captions) => set({ captions }),
    }),
    {
      name: 'metaverse-hall:preferences',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // A hand-edited or stale entry must not break the hall: keep only values this build knows.
      merge: (persisted, current) => {
        const stored = (persisted ?? {}) as Partial<Record<keyof Preferences, unknown>>
        const next = { ...current }
        if (stored.language === 'zh' || stored.language === 'en') next.language = stored.language
        if (TEXT_SCALES.includes(stored.textScale as TextScale)) next.textScale = stored.textScale as TextScale
        if (typeof stored.highContrast === 'boolean') next.highContrast = stored.highContrast
        if (typeof stored.reduceMotion === 'boolean') next.reduceMotion = stored.reduceMotion
        if (typeof stored.captions === 'boolean') next.captions = stored.captions
        return next
      },
    },
  ),
)
