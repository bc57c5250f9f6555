import { useState } from 'react'
import type { FieldConflict } from '../../content/merge'
import type { Exhibition } from '../../content/schema'
import { fieldLabel } from './fieldLabel'
import type { Choice } from './rebase'

const isPoints = (value: unknown): value is number[][] =>
  Array.isArray(value) && value.every((point) => Array.isArray(point) && point.every((n) => typeof n === 'number'))
const point = (value: readonly number[]) => `(${value.join(', ')})`
type WallLike = { from: number[]; to: number[]; openings?: unknown[] }
const isWalls = (value: unknown): value is WallLike[] =>
  Array.isArray(value) && value.every((wall) => isPoints([wall?.from, wall?.to]))

/**
 * A value as a curator reads it: text as text, a removed field as "Deleted", a whole exhibit by its title, points
 * and walls as coordinates.
 */
function shown(value: unknown): string {
  if (value === undefined) return 'Deleted'
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value) && value.every((item) => typeof item === 'number')) return value.join(', ')
  if (isPoints(value)) return value.map(point).join(' to ')
  if (isWalls(value)) {
    return value
      .map((wall, index) => {
        const doors = wall.openings?.length ?? 0
        return `Wall ${index + 1}: ${point(wall.from)} to ${point(wall.to)}${doors > 0 ? `, ${doors} doorway${doors === 1 ? '' : 's'}` : ''}`
      })
      .join('\n')
  }
  const title = (value as { title?: { en?: unknown } } | null)?.title?.en
  if (typeof title === 'string') return `Kept, as “${title}” (with its edits)`
  return JSON.stringify(value)
}

/**
 * Someone else saved the same fields: each one side by side, the curator's value and theirs, chosen field by field.
 * Everything else is already merged and shown; nothing is saved until every field is chosen.
 */
export function FieldConflicts({
  fields,
  savedBy,
  docs,
  onSettle,
}: {
  fields: FieldConflict[]
  savedBy: string
  /** Where exhibits and zones are named from, first found first: the curator's own screen, then the merge. */
  docs: readonly Exhibition[]
  onSettle: (choices: Choice[]) => void
}) {
  const [choices, setChoices] = useState<(Choice | undefined)[]>(() => fields.map(() => undefined))
  const complete = choices.every((choice) => choice !== undefined)
  return (
    <section role="alert" aria-label="Conflicting edits" className="conflict">
      <h2>
        {savedBy} saved {fields.length === 1 ? 'a field' : `${fields.length} fields`} you also changed
      </h2>
      <p>Everything else is merged. For each field, choose which version to keep.</p>
      {fields.map((field, index) => {
        const label = fieldLabel(field.path, docs)
        const choose = (choice: Choice) => setChoices(choices.with(index, choice))
        return (
          <fieldset key={field.path.join('/')} className="conflict-field">
            <legend>{label}</legend>
            <div className="conflict-sides">
              <label className={choices[index] === 'mine' ? 'chosen' : undefined}>
                <input
                  type="radio"
                  name={`conflict-${index}`}
                  checked={choices[index] === 'mine'}
                  onChange={() => choose('mine')}
                />{' '}
                Keep mine
                <span className="conflict-value">{shown(field.ours)}</span>
              </label>
              <label className={choices[index] === 'theirs' ? 'chosen' : undefined}>
                <input
                  type="radio"
                  name={`conflict-${index}`}
                  checked={choices[index] === 'theirs'}
                  onChange={() => choose('theirs')}
                />{' '}
                Keep {savedBy}’s
                <span className="conflict-value">{shown(field.theirs)}</span>
              </label>
            </div>
          </fieldset>
        )
      })}
      <button type="button" disabled={!complete} onClick={() => onSettle(choices.map((choice) => choice ?? 'theirs'))}>
        Save with these choices
      </button>
    </section>
  )
}
