import { useId } from 'react'
import { EXHIBIT_KINDS, type Exhibit, type ExhibitKind, INTERACTIVE_TYPES } from '../../content/schema'

type InteractiveType = (typeof INTERACTIVE_TYPES)[number]

/** What a curator calls each kind of stand. */
const KIND_NAMES: Record<ExhibitKind, string> = {
  text: 'Text panel',
  image: 'Picture',
  model: '3D model',
  interactive: 'Interactive',
}

/** The hall's interactive exhibits (src/exhibits), by what they let a visitor try. */
const INTERACTIVE_NAMES: Record<InteractiveType, string> = {
  latency: 'Synchronization and latency',
  tactile: 'Tactile communication',
  market: 'Digital-collection market',
  privacy: 'What motion reveals (privacy)',
}

interface KindFieldProps {
  exhibit: Exhibit
  /** The schema's complaint about the kind (a picture stand without a picture, say). */
  error: string | undefined
  onChange: (label: string, changes: Partial<Exhibit>) => void
}

/**
 * The kind of stand and, for an interactive one, which interactive it holds. Only an interactive stand carries an
 * `interactive` entry, so switching away removes it and switching to it picks the first.
 */
export function KindField({ exhibit, error, onChange }: KindFieldProps) {
  const id = useId()
  const setKind = (kind: ExhibitKind) =>
    onChange(`Make it a ${KIND_NAMES[kind].toLowerCase()}`, {
      kind,
      interactive: kind === 'interactive' ? (exhibit.interactive ?? { type: INTERACTIVE_TYPES[0] }) : undefined,
    })
  return (
    <div className="field">
      <div className="field-row">
        <div>
          <label htmlFor={`${id}-kind`}>Kind of stand</label>
          <select
            id={`${id}-kind`}
            value={exhibit.kind}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setKind(event.target.value as ExhibitKind)}
          >
            {EXHIBIT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_NAMES[kind]}
              </option>
            ))}
          </select>
        </div>
        {exhibit.kind === 'interactive' && (
          <div>
            <label htmlFor={`${id}-interactive`}>Interactive</label>
            <select
              id={`${id}-interactive`}
              value={exhibit.interactive?.type ?? INTERACTIVE_TYPES[0]}
              onChange={(event) =>
                onChange('Change the interactive', { interactive: { type: event.target.value as InteractiveType } })
              }
            >
              {INTERACTIVE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {INTERACTIVE_NAMES[type]}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {error && <p className="field-error">{error}</p>}
    </div>
  )
}
