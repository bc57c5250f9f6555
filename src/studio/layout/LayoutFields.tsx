import { useState } from 'react'

/** A number that is committed (one undoable edit) when the field loses focus or Enter is pressed. */
export function NumberField({
  label,
  value,
  step = 0.1,
  onCommit,
}: {
  label: string
  value: number
  step?: number
  onCommit: (value: number) => void
}) {
  const [text, setText] = useState(String(value))
  const [shown, setShown] = useState(value)
  // A value changed elsewhere (undo, the plan) replaces what the field shows.
  if (shown !== value) {
    setShown(value)
    setText(String(value))
  }
  const commit = () => {
    const next = Number(text)
    if (text.trim() !== '' && Number.isFinite(next) && next !== value) onCommit(next)
    // Accepted, the new value comes back as `value`; refused, the field shows the draft's value again.
    setText(String(value))
  }
  return (
    <label className="layout-number">
      {label}
      <input
        type="number"
        step={step}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </label>
  )
}

/** A line of text committed on blur or Enter, like NumberField. */
export function TextLine({
  label,
  value,
  lang,
  onCommit,
}: {
  label: string
  value: string
  lang?: string
  onCommit: (value: string) => void
}) {
  const [text, setText] = useState(value)
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    setShown(value)
    setText(value)
  }
  const commit = () => {
    if (text !== value) onCommit(text)
    setText(value)
  }
  return (
    <label className="layout-text">
      {label}
      <input
        lang={lang}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
    </label>
  )
}
