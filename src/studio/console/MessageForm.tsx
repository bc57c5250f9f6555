import { type FormEvent, useState } from 'react'
import { BROADCAST_MAX } from '../../content/console'
import type { Exhibition } from '../../content/schema'
import { missingGlyphs } from './messageGlyphs'

/**
 * A message to everyone in the hall, in both languages: a banner on screens, a caption card in headsets. Characters
 * the hall's fonts lack are named before sending (a headset would draw them as empty boxes); sending stays possible.
 */
export function MessageForm({
  exhibition,
  busy,
  onSend,
}: {
  exhibition: Exhibition
  busy: boolean
  onSend: (text: { zh: string; en: string }) => void
}) {
  const [zh, setZh] = useState('')
  const [en, setEn] = useState('')
  const missing = missingGlyphs(exhibition, zh + en)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSend({ zh, en })
  }
  return (
    <form className="console-message" onSubmit={submit} aria-label="Message to everyone">
      <label>
        中文
        <input value={zh} maxLength={BROADCAST_MAX} required onChange={(event) => setZh(event.target.value)} />
      </label>
      <label>
        English
        <input value={en} maxLength={BROADCAST_MAX} required onChange={(event) => setEn(event.target.value)} />
      </label>
      <button type="submit" disabled={busy || !zh.trim() || !en.trim()}>
        Show to everyone
      </button>
      {missing.length > 0 && (
        <p className="console-glyphs" data-ok="no" aria-live="polite">
          The hall's font has no {missing.join(' ')}: headsets would show {missing.length === 1 ? 'it' : 'them'} as
          empty boxes. Use other words, or publish an exhibition text that contains{' '}
          {missing.length === 1 ? 'it' : 'them'}.
        </p>
      )}
    </form>
  )
}
