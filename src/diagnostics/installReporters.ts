import { diagnostics } from './diagnostics'
import { loadingReporter } from './loadingReporter'
import { motionReporter } from './motionReporter'
import { narrationReporter } from './narrationReporter'
import { offlineReporter } from './offlineReporter'
import { presenceReporter } from './presenceReporter'
import type { Reporter } from './reporter'
import { sessionReporter } from './sessionReporter'
import { xrReporter } from './xrReporter'

/** Every reporter that reads state only; the renderer's counts come from `RenderReporter`, inside the canvas. */
const REPORTERS: readonly Reporter[] = [
  loadingReporter,
  sessionReporter,
  narrationReporter,
  offlineReporter,
  motionReporter,
  xrReporter,
  presenceReporter,
]

/** Fills `window.__hallDiagnostics` from the hall's state from now on; returns how to stop. Called by the app once. */
export function installReporters(): () => void {
  const report = diagnostics()
  const stops = REPORTERS.map((reporter) => reporter(report))
  return () => {
    for (const stop of stops) stop()
  }
}
