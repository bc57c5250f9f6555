import { type ReactNode, useEffect, useId, useState } from 'react'

interface TextFieldProps {
  label: string
  value: string
  /** Called once the curator leaves the field with a changed value: one edit, one undo step. */
  onCommit: (value: string) => void
  multiline?: boolean
  lang?: string
  error?: string
  /** Shown beside the field and redrawn as the curator types (the markdown preview). */
  preview?: (text: string) => ReactNode
}

/** A labelled text input that keeps typing local and records the change as one edit when the field is left. */
export function TextField({ label, value, onCommit, multiline = false, lang, error, preview }: TextFieldProps) {
  const id = useId()
  const [text, setText] = useState(value)
  useEffect(() => setText(value), [value])
  const commit = () => {
    if (text !== value) onCommit(text)
  }
  const common = {
    id,
    lang,
    value: text,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onChange: (event: { target: { value: string } }) => setText(event.target.value),
    onBlur: commit,
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {preview ? (
        <div className="field-with-preview">
          <textarea rows={8} {...common} />
          {preview(text)}
        </div>
      ) : multiline ? (
        <textarea rows={6} {...common} />
      ) : (
        <input {...common} />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
