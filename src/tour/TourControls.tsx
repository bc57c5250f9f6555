import type { Exhibition } from '../content/schema'
import { t } from '../content/uiStrings'
import { usePreferences } from '../state/preferences'
import { tourStops, useTour } from './tourStore'

/** Start the guided tour, then step through it: previous, next, where you are in it, end. */
export function TourControls({ exhibition }: { exhibition: Exhibition }) {
  const language = usePreferences((state) => state.language)
  const stop = useTour((state) => state.stop)
  const { start, go, end } = useTour.getState()
  const total = tourStops(exhibition).length
  if (stop === null) {
    return (
      <div className="tour-controls">
        <button type="button" onClick={() => start(exhibition)}>
          {t('tourStart', language)}
        </button>
      </div>
    )
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a toolbar of buttons, not a form group
    <div className="tour-controls" role="group" aria-label={t('tourProgress', language, { n: stop + 1, total })}>
      <button type="button" onClick={() => go(exhibition, -1)} disabled={stop === 0}>
        {t('tourPrevious', language)}
      </button>
      <span className="tour-progress" aria-live="polite">
        {t('tourProgress', language, { n: stop + 1, total })}
      </span>
      <progress max={total} value={stop + 1} aria-hidden="true" />
      <button type="button" onClick={() => go(exhibition, 1)} disabled={stop === total - 1}>
        {t('tourNext', language)}
      </button>
      <button type="button" onClick={end}>
        {t('tourEnd', language)}
      </button>
    </div>
  )
}
