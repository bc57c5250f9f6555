import { create } from 'zustand'

/** Where a 3D panel or menu stands: in front of the visitor when it opened, facing them. */
export interface PanelPlacement {
  x: number
  y: number
  z: number
  yaw: number
}

interface VRUi {
  /** The 3D button a controller or hand points at. */
  hoveredButton: string | null
  /** The exhibit stand a controller or hand points at. */
  hoveredExhibit: string | null
  menuOpen: boolean
  /** Set when a panel or the menu opens, from the head's pose at that moment. */
  placement: PanelPlacement | null
  setHovered: (button: string | null, exhibit: string | null) => void
  setMenuOpen: (open: boolean) => void
  place: (placement: PanelPlacement) => void
}

/** What the headset interface shows: changes on hover and on open/close, never per frame. */
export const useVRUi = create<VRUi>()((set, get) => ({
  hoveredButton: null,
  hoveredExhibit: null,
  menuOpen: false,
  placement: null,
  setHovered: (button, exhibit) => {
    const state = get()
    if (state.hoveredButton === button && state.hoveredExhibit === exhibit) return
    set({ hoveredButton: button, hoveredExhibit: exhibit })
  },
  setMenuOpen: (menuOpen) => set({ menuOpen }),
  place: (placement) => set({ placement }),
}))
