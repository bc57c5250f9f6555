import { type FormEvent, useState } from 'react'
import { joinCodeSchema, nicknameSchema } from '../content/presence'
import { presenceText } from '../content/presenceStrings'
import type { Exhibition } from '../content/schema'
import { usePreferences } from '../state/preferences'
import { GuideControls } from './GuideControls'
import { usePresencePreferences } from './presencePreferences'
import { usePresence } from './presenceStore'
import './presence.css'

/**
 * The quiet side of presence: a button with a status dot and how many others are here; it opens the visitor's
 * choices (name, invisible, visit alone), the instance's join code and who else is in it. Names are rendered as
 * text, never markup.
 */
export function PresencePanel({ exhibition }: { exhibition: Exhibition }) {
  const language = usePreferences((state) => state.language)
  const { status, others, code, selfName, selfGuide, codeProblem } = usePresence()
  const prefs = usePresencePreferences()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState(prefs.nickname)
  const [nameError, setNameError] = useState('')
  const [wanted, setWanted] = useState('')
  const [codeError, setCodeError] = useState('')
  const statusText = presenceText(status, language)

  const saveName = (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') {
      setNameError('')
      prefs.setNickname('')
      return
    }
    const parsed = nicknameSchema.safeParse(name)
    if (!parsed.success) return setNameError(parsed.error.issues[0]?.message ?? '')
    setNameError('')
    prefs.setNickname(parsed.data)
  }
  const joinGroup = (event: FormEvent) => {
    event.preventDefault()
    const parsed = joinCodeSchema.safeParse(wanted)
    if (!parsed.success) return setCodeError(parsed.error.issues[0]?.message ?? '')
    setCodeError('')
    usePresence.getState().set({ wantedCode: parsed.data, codeProblem: '' })
  }

  return (
    <div className="presence-panel">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="presence-popup"
        onClick={() => setOpen(!open)}
        title={statusText}
      >
        <span
          className={`presence-dot presence-${status}`}
          role="status"
          aria-label={statusText}
          data-status={status}
        />
        {presenceText('people', language)}
        {status === 'online' && <span className="presence-count"> {others.length}</span>}
      </button>
      {open && (
        <section id="presence-popup" className="presence-popup" aria-label={presenceText('people', language)}>
          <p className="presence-status">{statusText}</p>
          {status === 'online' && (
            <p>
              {presenceText('code', language)}: <strong data-join-code>{code}</strong>
              {selfName && ` · ${selfName}`}
            </p>
          )}
          {codeProblem && (
            <p role="alert">{presenceText(codeProblem === 'full' ? 'fullCode' : 'unknownCode', language)}</p>
          )}
          <form onSubmit={saveName}>
            <label>
              {presenceText('yourName', language)}
              <input value={name} maxLength={48} onChange={(event) => setName(event.target.value)} />
            </label>
            <button type="submit">{presenceText('save', language)}</button>
            {nameError && <p role="alert">{nameError}</p>}
          </form>
          <label className="presence-check">
            <input
              type="checkbox"
              checked={prefs.invisible}
              onChange={(event) => prefs.setInvisible(event.target.checked)}
            />
            {presenceText('invisible', language)}
          </label>
          <label className="presence-check">
            <input type="checkbox" checked={prefs.alone} onChange={(event) => prefs.setAlone(event.target.checked)} />
            {presenceText('visitAlone', language)}
          </label>
          <form onSubmit={joinGroup}>
            <label>
              {presenceText('joinGroup', language)}
              <input value={wanted} maxLength={8} onChange={(event) => setWanted(event.target.value)} />
            </label>
            <button type="submit">{presenceText('join', language)}</button>
            {codeError && <p role="alert">{codeError}</p>}
          </form>
          {status === 'online' && selfGuide && <GuideControls exhibition={exhibition} />}
          {status === 'online' && !selfGuide && (
            <ul className="presence-people" aria-label={presenceText('people', language)}>
              {others.length === 0 && <li>{presenceText('nobody', language)}</li>}
              {others.map((visitor) => (
                <li key={visitor.id}>
                  <span className="presence-swatch" style={{ background: visitor.colour }} />
                  {visitor.name}
                  {visitor.guide && ` (${presenceText('guide', language)})`}
                  {visitor.mode === 'vr' && ` · ${presenceText('headset', language)}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  )
}
