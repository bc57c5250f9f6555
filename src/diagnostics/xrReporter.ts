import { Vector3 } from 'three'
import { vignetteOpacity } from '../xr/comfort/vignetteLevel'
import { shownButtons } from '../xrkit/buttonRegistry'
import { hapticTicks } from '../xrkit/haptics'
import { useShown } from '../xrkit/shownStore'
import { useVRUi } from '../xrkit/vrUiStore'
import type { XRDiagnostics } from './diagnostics'
import type { Reporter } from './reporter'

const worldPosition = new Vector3()

/** World position of every 3D button on show, by id: worked out when a test reads it, never per frame. */
function buttonPositions(): XRDiagnostics['buttons'] {
  const positions: XRDiagnostics['buttons'] = {}
  for (const [id, mesh] of shownButtons()) {
    mesh.getWorldPosition(worldPosition)
    positions[id] = [worldPosition.x, worldPosition.y, worldPosition.z]
  }
  return positions
}

/** A report field that reads its value when it is read (enumerable, so structuredClone and JSON copy it). */
function live<K extends keyof XRDiagnostics>(xr: XRDiagnostics, key: K, read: () => XRDiagnostics[K]): () => void {
  Object.defineProperty(xr, key, { get: read, enumerable: true, configurable: true })
  return () => {
    Object.defineProperty(xr, key, { value: read(), writable: true, enumerable: true, configurable: true })
  }
}

/** The headset interface (xr.panel, caption, menuOpen, menuStyle, buttons, hovered, hapticPulses, vignette, interactive). */
export const xrReporter: Reporter = (report) => {
  const { xr } = report
  const copyShown = (shown: ReturnType<typeof useShown.getState>) => {
    xr.panel = shown.panel
    xr.caption = shown.caption
    xr.menuStyle = shown.menuStyle
    xr.interactive = shown.interactive
    xr.broadcast = shown.broadcast
  }
  const copyUi = (ui: ReturnType<typeof useVRUi.getState>) => {
    xr.menuOpen = ui.menuOpen
    if (xr.hovered.button !== ui.hoveredButton || xr.hovered.exhibit !== ui.hoveredExhibit) {
      xr.hovered = { button: ui.hoveredButton, exhibit: ui.hoveredExhibit }
    }
  }
  copyShown(useShown.getState())
  copyUi(useVRUi.getState())
  const stops = [
    useShown.subscribe(copyShown),
    useVRUi.subscribe(copyUi),
    live(xr, 'buttons', buttonPositions),
    live(xr, 'hapticPulses', hapticTicks),
    live(xr, 'vignette', vignetteOpacity),
  ]
  return () => {
    for (const stop of stops) stop()
  }
}
