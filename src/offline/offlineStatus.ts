import { create } from 'zustand'

/** Where the offline copy of the published exhibition stands (production builds only; `off` until it starts). */
export type OfflineStatus = 'off' | 'preparing' | 'ready' | 'failed'

interface OfflineState {
  status: OfflineStatus
  setStatus: (status: OfflineStatus) => void
}

export const useOfflineStatus = create<OfflineState>()((set) => ({
  status: 'off',
  setStatus: (status) => set({ status }),
}))
