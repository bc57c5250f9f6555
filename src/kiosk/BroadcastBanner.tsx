import { useEffect } from 'react'
import { kioskText } from '../content/kioskStrings'
import { usePreferences } from '../state/preferences'
import { BROADCAST_SHOW_MS, useBroadcast } from './broadcastStore'

/**
 * Staff's message to everyone on a screen: both languages, the visitor's first, until dismissed or a minute has
 * passed. The text is the staff's, shown as text (never as markup).
 */
export function BroadcastBanner() {
  const message = useBroadcast((state) => state.message)
  const serial = useBroadcast((state) => state.serial)
  const language = usePreferences((state) => state.language)
  useEffect(() => {
    if (serial === 0) return
    const timer = setTimeout(() => useBroadcast.getState().dismiss(), BROADCAST_SHOW_MS)
    return () => clearTimeout(timer)
  }, [serial])
  if (!message) return null
  const other = language === 'zh' ? 'en' : 'zh'
  return (
    <div className="broadcast-banner" role="status" aria-label={kioskText('staffMessage', language)}>
      <p lang={language === 'zh' ? 'zh-CN' : 'en'}>{message[language]}</p>
      <p lang={other === 'zh' ? 'zh-CN' : 'en'} className="broadcast-other">
        {message[other]}
      </p>
      <button type="button" onClick={() => useBroadcast.getState().dismiss()}>
        {kioskText('dismiss', language)}
      </button>
    </div>
  )
}
