import type { Reporter } from './reporter'

/** The headset interface (xr.panel, caption, menuOpen, menuStyle, buttons, hovered, hapticPulses, vignette, interactive). */
export const xrReporter: Reporter = () => () => undefined
