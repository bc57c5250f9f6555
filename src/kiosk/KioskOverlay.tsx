import { kioskText } from '../content/kioskStrings'
import type { Exhibition } from '../content/schema'
import { usePreferences } from '../state/preferences'
import { useKiosk } from './kioskStore'
import { useKioskClock } from './useKioskClock'
import './kiosk.css'

/**
 * A kiosk's screens over the hall: the countdown before a reset (any input cancels it, the button is there to be
 * found) and, on a desktop kiosk nobody is using, the attract loop's title. Any touch ends either.
 */
export function KioskOverlay({ exhibition, startsFresh }: { exhibition: Exhibition; startsFresh: boolean }) {
  useKioskClock(exhibition, startsFresh)
  const phase = useKiosk((state) => state.phase)
  const countdown = useKiosk((state) => state.countdown)
  const language = usePreferences((state) => state.language)
  if (phase === 'warning') {
    return (
      <div className="kiosk-countdown" role="alertdialog" aria-labelledby="kiosk-still-there" aria-live="assertive">
        <h2 id="kiosk-still-there">{kioskText('stillThere', language)}</h2>
        <p>{kioskText('resetsIn', language, countdown)}</p>
        {/* Any input already cancels; the button only gives the hand somewhere to go. */}
        <button type="button">{kioskText('keepVisiting', language)}</button>
      </div>
    )
  }
  if (phase === 'attract') {
    const other = language === 'zh' ? 'en' : 'zh'
    return (
      <button type="button" className="kiosk-attract" aria-label={kioskText('touchToBegin', language)}>
        <span className="kiosk-attract-title" lang={language === 'zh' ? 'zh-CN' : 'en'}>
          {exhibition.title[language]}
        </span>
        <span className="kiosk-attract-subtitle" lang={other === 'zh' ? 'zh-CN' : 'en'}>
          {exhibition.title[other]}
        </span>
        <span className="kiosk-attract-hint">
          {kioskText('touchToBegin', language)} · {kioskText('touchToBegin', other)}
        </span>
      </button>
    )
  }
  return null
}
