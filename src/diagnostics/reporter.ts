import type { HallDiagnostics } from './diagnostics'

/**
 * Copies one feature's state into the test report (`window.__hallDiagnostics`): it subscribes to that feature's
 * stores, or defines getters that read them when a test asks, and returns how to stop. Feature code never imports
 * the report; the app installs every reporter (see `installReporters`).
 */
export type Reporter = (report: HallDiagnostics) => () => void
