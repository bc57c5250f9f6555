import { useEffect, useState } from 'react'
import { presenceText } from '../content/presenceStrings'
import { usePreferences } from '../state/preferences'
import { type Gathering, useGuide } from './guideStore'

/** Whole seconds left of a gathering's countdown, ticking while it shows. */
export function useSecondsLeft(gathering: Gathering | null): number {
  const [now, setNow] = useState(() => performance.now())
  useEffect(() => {
    if (!gathering) return
    const timer = setInterval(() => setNow(performance.now()), 250)
    return () => clearInterval(timer)
  }, [gathering])
  return gathering ? Math.max(0, Math.ceil((gathering.endsAt - now) / 1000)) : 0
}

/**
 * The visitor's side of a guide on a screen: a gathering's countdown to join or decline, an invitation to follow,
 * and while following, who and how to stop. Nothing moves the visitor unless they pressed Join or Follow.
 */
export function GuidePrompt() {
  const language = usePreferences((state) => state.language)
  const { gathering, invitation, following, accept, decline } = useGuide()
  const seconds = useSecondsLeft(gathering)
  if (gathering) {
    return (
      <div
        className="guide-prompt"
        role="dialog"
        aria-label={presenceText('gathering', language, { name: gathering.name })}
      >
        <p>
          {presenceText('gathering', language, { name: gathering.name })}{' '}
          <strong role="timer">
            {presenceText(gathering.accepted ? 'gatherAccepted' : 'gatherIn', language, { n: seconds })}
          </strong>
        </p>
        {!gathering.accepted && (
          <div className="guide-prompt-actions">
            <button type="button" onClick={accept}>
              {presenceText('joinGuide', language)}
            </button>
            <button type="button" onClick={decline}>
              {presenceText('stay', language)}
            </button>
          </div>
        )}
      </div>
    )
  }
  if (invitation) {
    return (
      <div
        className="guide-prompt"
        role="dialog"
        aria-label={presenceText('invited', language, { name: invitation.name })}
      >
        <p>{presenceText('invited', language, { name: invitation.name })}</p>
        <div className="guide-prompt-actions">
          <button type="button" onClick={accept}>
            {presenceText('follow', language)}
          </button>
          <button type="button" onClick={decline}>
            {presenceText('noThanks', language)}
          </button>
        </div>
      </div>
    )
  }
  if (following) {
    return (
      <div className="guide-prompt guide-following" role="status">
        <span>{presenceText('followingGuide', language, { name: following.name })}</span>
        <button type="button" onClick={decline}>
          {presenceText('stopFollowing', language)}
        </button>
      </div>
    )
  }
  return null
}
