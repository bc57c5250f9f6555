import { useId, useState } from 'react'
import { t } from '../content/uiStrings'
import { TEXT_SCALES, type TextScale, usePreferences } from '../state/preferences'

/** Text size, high contrast, reduced motion and captions: for the HTML around the hall and the 3D stands alike. */
export function DisplayOptions() {
  const id = useId()
  const [open, setOpen] = useState(false)
  const { language, textScale, highContrast, reduceMotion, captions } = usePreferences()
  const { setTextScale, setHighContrast, setReduceMotion, setCaptions } = usePreferences.getState()
  return (
    <div className="display-options">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {t('display', language)}
      </button>
      {open && (
        <div id={id} className="display-panel">
          <label>
            {t('textSize', language)}
            <select value={textScale} onChange={(event) => setTextScale(Number(event.target.value) as TextScale)}>
              {TEXT_SCALES.map((scale) => (
                <option key={scale} value={scale}>
                  {Math.round(scale * 100)}%
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={highContrast} onChange={(event) => setHighContrast(event.target.checked)} />
            {t('highContrast', language)}
          </label>
          <label>
            <input type="checkbox" checked={reduceMotion} onChange={(event) => setReduceMotion(event.target.checked)} />
            {t('reduceMotion', language)}
          </label>
          <label>
            <input type="checkbox" checked={captions} onChange={(event) => setCaptions(event.target.checked)} />
            {t('captions', language)}
          </label>
        </div>
      )}
    </div>
  )
}
