import { create } from 'zustand'
import { DELAY_RANGE, JITTER_RANGE, LATENCY_DEFAULTS, type LatencySettings } from './model'

interface LatencyState extends LatencySettings {
  setDelay: (delayMs: number) => void
  setJitter: (jitterMs: number) => void
  rerun: () => void
}

const clamp = (value: number, range: { min: number; max: number }) => Math.min(range.max, Math.max(range.min, value))

/** The visitor's settings, shared by the desktop and the headset view of the same exhibit. */
export const useLatency = create<LatencyState>()((set) => ({
  ...LATENCY_DEFAULTS,
  setDelay: (delayMs) => set({ delayMs: clamp(delayMs, DELAY_RANGE) }),
  setJitter: (jitterMs) => set({ jitterMs: clamp(jitterMs, JITTER_RANGE) }),
  rerun: () => set((state) => ({ seed: state.seed + 1 })),
}))
