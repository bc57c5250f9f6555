import { create } from 'zustand'
import { MARKET_DEFAULTS, type MarketSettings } from './model'

interface MarketState extends MarketSettings {
  setManipulation: (manipulation: boolean) => void
  setMonitoring: (monitoring: boolean) => void
  newMarket: () => void
}

/** The visitor's choices, shared by the desktop and the headset view of the same exhibit. */
export const useMarket = create<MarketState>()((set) => ({
  ...MARKET_DEFAULTS,
  setManipulation: (manipulation) => set({ manipulation }),
  setMonitoring: (monitoring) => set({ monitoring }),
  newMarket: () => set((state) => ({ seed: state.seed + 1 })),
}))
