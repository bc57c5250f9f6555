import { t } from '../content/uiStrings'
import { overallProgress, useLoading } from '../state/loadingStore'
import { usePreferences } from '../state/preferences'

/** Covers the hall until its first complete frame, with a bar that follows the real downloads and typesetting. */
export function LoadingScreen() {
  const language = usePreferences((state) => state.language)
  const tasks = useLoading((state) => state.tasks)
  const done = useLoading((state) => state.firstFrame)
  if (done) return null
  const percent = Math.round(overallProgress(tasks) * 100)
  const finished = Object.values(tasks).filter((value) => value >= 1).length
  return (
    <div className="loading-screen">
      <p id="loading-label">{t('loading', language)}</p>
      <div
        className="progress"
        role="progressbar"
        aria-labelledby="loading-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="loading-detail" aria-hidden="true">
        {t('loadingStep', language)} {finished} / {Object.keys(tasks).length}
      </p>
    </div>
  )
}
