import { create } from 'zustand'

interface SessionMode {
  /** True while the visitor is inside an immersive (headset) session: desktop controls stand aside. */
  immersive: boolean
  setImmersive: (immersive: boolean) => void
  /** The immersive session's visibility: `hidden` when the headset is taken off (read by the kiosk idle check). */
  xrVisibility: XRVisibilityState
  setXRVisibility: (visibility: XRVisibilityState) => void
}

/** Which view the visitor is in, shared by the desktop controls and the XR code without either importing the other. */
export const useSessionMode = create<SessionMode>()((set) => ({
  immersive: false,
  setImmersive: (immersive) => set({ immersive }),
  xrVisibility: 'visible',
  setXRVisibility: (xrVisibility) => set({ xrVisibility }),
}))
