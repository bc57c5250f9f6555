import { htmlLang } from '../content/i18n'
import { t } from '../content/uiStrings'
import { usePreferences } from '../state/preferences'
import { useNarration } from './narrationStore'

/**
 * The open exhibit's narration as captions near the bottom of the hall, one sentence at a time, following the
 * recording where there is one. Play/pause stops the captions too (they never move on without a way to hold them).
 */
export function Captions() {
  const language = usePreferences((state) => state.language)
  const shown = usePreferences((state) => state.captions)
  const exhibitId = useNarration((state) => state.exhibitId)
  const text = useNarration((state) => state.cues[state.cue]?.text ?? '')
  const status = useNarration((state) => state.status)
  const recorded = useNarration((state) => state.audioSrc !== null)
  if (!exhibitId) return null
  const playing = status === 'playing'
  const playLabel = recorded
    ? t(playing ? 'pauseNarration' : 'playNarration', language)
    : t(playing ? 'pauseCaptions' : 'playCaptions', language)
  return (
    <section className="captions" aria-label={t('captions', language)} lang={htmlLang(language)}>
      {shown && (
        <p className="caption-text" aria-live="polite">
          {text}
        </p>
      )}
      <div className="caption-actions">
        {(shown || recorded) && (
          <button type="button" aria-pressed={playing} onClick={() => useNarration.getState().toggle()}>
            {playLabel}
          </button>
        )}
        <button type="button" onClick={() => usePreferences.getState().setCaptions(!shown)}>
          {t(shown ? 'hideCaptions' : 'showCaptions', language)}
        </button>
      </div>
    </section>
  )
}
