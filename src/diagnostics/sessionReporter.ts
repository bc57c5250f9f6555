import { useSessionMode } from '../state/sessionMode'
import type { Reporter } from './reporter'

/** `xr.presenting`: whether the visitor is in an immersive session, as the session mode says. */
export const sessionReporter: Reporter = (report) => {
  report.xr.presenting = useSessionMode.getState().immersive
  return useSessionMode.subscribe((state) => {
    report.xr.presenting = state.immersive
  })
}
