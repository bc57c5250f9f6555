import { useState } from 'react'
import { presenceText } from '../content/presenceStrings'
import type { Exhibition } from '../content/schema'
import { readPose } from '../state/livePose'
import { usePreferences } from '../state/preferences'
import { useVisit } from '../state/visitStore'
import { nearestExhibit } from '../world/nearestExhibit'
import { sendCommand, useGuide } from './guideStore'
import { usePresence } from './presenceStore'
import { spotOfPose } from './useGuideMoves'

/** A guide's three commands, as every guide view sends them (these buttons and the headset's row). */
export const guideActions = {
  gather: () => {
    const pose = readPose()
    return sendCommand({
      kind: 'gather',
      at: spotOfPose(pose),
      exhibit: useVisit.getState().openExhibitId ?? useVisit.getState().focusedExhibitId,
    })
  },
  lead: (on: boolean) => {
    const sent = sendCommand({ kind: 'lead', on })
    if (sent) useGuide.setState({ leading: on })
    return sent
  },
  show: () => {
    const exhibit = useVisit.getState().openExhibitId
    return exhibit ? sendCommand({ kind: 'show', exhibit }) : false
  },
}

/**
 * What a signed-in curator or admin sees in the People panel: gather, lead, show this exhibit, and everyone in the
 * instance with whether they follow and where they are.
 */
export function GuideControls({ exhibition }: { exhibition: Exhibition }) {
  const language = usePreferences((state) => state.language)
  const { others, selfId } = usePresence()
  const leading = useGuide((state) => state.leading)
  const open = useVisit((state) => state.openExhibitId)
  const [problem, setProblem] = useState('')
  const followers = others.filter((other) => other.following === selfId)
  const run = (sent: boolean) => setProblem(sent ? '' : presenceText('notSent', language))
  return (
    <section className="guide-controls" aria-label={presenceText('guiding', language)}>
      <h3>{presenceText('guiding', language)}</h3>
      <div className="guide-buttons">
        <button type="button" onClick={() => run(guideActions.gather())}>
          {presenceText('gather', language)}
        </button>
        <button type="button" aria-pressed={leading} onClick={() => run(guideActions.lead(!leading))}>
          {presenceText(leading ? 'stopLeading' : 'lead', language)}
        </button>
        <button type="button" disabled={!leading || !open} onClick={() => run(guideActions.show())}>
          {presenceText('show', language)}
        </button>
      </div>
      {leading && !open && <p className="guide-hint">{presenceText('showNone', language)}</p>}
      {leading && <p role="status">{presenceText('leadingNow', language, { n: followers.length })}</p>}
      {problem && <p role="alert">{problem}</p>}
      <ul className="guide-people" aria-label={presenceText('people', language)}>
        {others.map((visitor) => {
          const near = nearestExhibit(exhibition.exhibits, visitor.x, visitor.z)
          return (
            <li key={visitor.id} data-visitor={visitor.name}>
              <span className="presence-swatch" style={{ background: visitor.colour }} />
              {visitor.name}
              {visitor.following === selfId && ` · ${presenceText('follows', language)}`}
              {near && ` · ${presenceText('near', language, { title: near.title[language] })}`}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
