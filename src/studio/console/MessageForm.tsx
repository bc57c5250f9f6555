import { type FormEvent, useState } from 'react'
import { BROADCAST_MAX } from '../../content/console'

/** A message to everyone in the hall, in both languages: a banner on screens, a caption card in headsets. */
export function MessageForm({ busy, onSend }: { busy: boolean; onSend: (text: { zh: string; en: string }) => void }) {
  const [zh, setZh] = useState('')
  const [en, setEn] = useState('')
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
    </form>
  )
}
