import { useLoading } from '../state/loadingStore'
import type { Reporter } from './reporter'

/**
 * `firstFrameMs`: the time the loading store hears of the first complete frame. Its listeners run inside that
 * frame's after-effect, right where the app marks `hall-first-frame`, so the two agree to the microsecond.
 */
export const loadingReporter: Reporter = (report) => {
  const copy = () => {
    if (report.firstFrameMs === null && useLoading.getState().firstFrame) report.firstFrameMs = performance.now()
  }
  copy()
  return useLoading.subscribe(copy)
}
