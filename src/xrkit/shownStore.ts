import { create } from 'zustand'

/** How a 3D text is set: its type size in metres and its colours, as drawn. */
export interface ShownTextStyle {
  fontSize: number
  ink: string
  paper: string
}

/** The open 3D exhibit panel: its title and the text of the page shown (1-based), of how many. */
export interface ShownPanel {
  exhibitId: string
  title: string
  text: string
  page: number
  pages: number
  style: ShownTextStyle
}

/** The caption strip under the panel: its text (empty while captions are off or silent) and how it is set. */
export interface ShownCaption {
  text: string
  style: ShownTextStyle
}

/** The open interactive exhibit's 3D board: its type and the result it shows, in words. */
export interface ShownInteractive {
  type: string
  readout: string
}

interface Shown {
  panel: ShownPanel | null
  caption: ShownCaption | null
  /** How the menu's labels are set, while it is open and placed. */
  menuStyle: ShownTextStyle | null
  interactive: ShownInteractive | null
  /** Staff's message on its caption card in the headset (the wearer's language first), or null. */
  broadcast: string | null
  show: (patch: Partial<Omit<Shown, 'show'>>) => void
}

/**
 * What the headset's panels, caption strip, menu and interactive board show, each written by the component that
 * draws it when it changes (never per frame). Nothing in the hall re-renders from it; it tells others what is seen.
 */
export const useShown = create<Shown>()((set) => ({
  panel: null,
  caption: null,
  menuStyle: null,
  interactive: null,
  broadcast: null,
  show: (patch) => set(patch),
}))
