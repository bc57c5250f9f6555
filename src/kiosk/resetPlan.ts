import { useNarration } from '../captions/narrationStore'
import type { Exhibition, Language } from '../content/schema'
import { LATENCY_DEFAULTS } from '../exhibits/latency/model'
import { useLatency } from '../exhibits/latency/store'
import { MARKET_DEFAULTS } from '../exhibits/market/model'
import { useMarket } from '../exhibits/market/store'
import type { FloorPose } from '../state/floorPose'
import { defaultPreferences, type PreferenceValues, usePreferences } from '../state/preferences'
import { useVisit } from '../state/visitStore'
import { useTour } from '../tour/tourStore'
import { entrancePose } from '../world/geometry'
import { type ComfortSettings, DEFAULT_COMFORT, useComfort } from '../xr/comfort/comfortStore'
import { useVRUi } from '../xrkit/vrUiStore'

/**
 * Everything a kiosk puts back for the next visitor, as data: what each store is set to. Made by a plain function
 * (unit-tested) and applied through the stores that own each value, so a reset can never leave one out silently.
 */
export interface ResetPlan {
  /** The event's default language; text size, contrast, motion and captions as on a first visit. */
  preferences: PreferenceValues
  comfort: ComfortSettings
  /** Back at the entrance, placed there (no walk across the hall), facing in. */
  pose: FloorPose
  /** Interactive exhibits' controls as a first visitor finds them. */
  latency: typeof LATENCY_DEFAULTS
  market: typeof MARKET_DEFAULTS
}

export function resetPlan(exhibition: Exhibition, eventLanguage: Language, firstVisit: PreferenceValues): ResetPlan {
  return {
    preferences: { ...firstVisit, language: eventLanguage },
    comfort: { ...DEFAULT_COMFORT },
    pose: entrancePose(exhibition.hall),
    latency: { ...LATENCY_DEFAULTS },
    market: { ...MARKET_DEFAULTS },
  }
}

/** The plan for this browser: the first-visit preferences as it would make them, in the event's language. */
export const kioskResetPlan = (exhibition: Exhibition, eventLanguage: Language): ResetPlan =>
  resetPlan(exhibition, eventLanguage, defaultPreferences())

/**
 * Applies a plan: the open text and the headset menu close (which also drops the privacy exhibit's motion log), the
 * tour stops, captions stop and are shown again, and every setting goes back. The HTML menus (map, display, join)
 * close by being mounted afresh (the reset count, see ./kioskStore).
 */
export function applyResetPlan(plan: ResetPlan): void {
  useTour.getState().end()
  useVisit.getState().openExhibit(null)
  useVisit.getState().setFocused(null)
  useNarration.getState().load(null, plan.preferences.language, (src) => src)
  useVRUi.getState().setMenuOpen(false)
  useVRUi.getState().setHovered(null, null)
  usePreferences.setState(plan.preferences)
  useComfort.setState(plan.comfort)
  useLatency.setState(plan.latency)
  useMarket.setState(plan.market)
  useVisit.getState().requestTravel(plan.pose, 'place')
}
