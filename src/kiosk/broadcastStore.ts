import { create } from 'zustand'
import type { Language } from '../content/schema'

export type Bilingual = Record<Language, string>

/** How long staff's message stays on screens and in headsets unless dismissed. */
export const BROADCAST_SHOW_MS = 60_000

interface Broadcast {
  /** Staff's message to everyone, in both languages; null when none is showing. */
  message: Bilingual | null
  /** Counts messages, so the same words sent twice show again. */
  serial: number
  show: (message: Bilingual) => void
  dismiss: () => void
}

export const useBroadcast = create<Broadcast>()((set) => ({
  message: null,
  serial: 0,
  show: (message) => set((state) => ({ message, serial: state.serial + 1 })),
  dismiss: () => set({ message: null }),
}))
