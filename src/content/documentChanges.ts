import { type Json, jsonEqual } from './merge'
import type { Exhibit, Exhibition } from './schema'

/** One exhibit as a change list names it: its id and English title. */
export interface NamedExhibit {
  id: string
  title: string
}

/** What visitors would see change from one document to another: the list publish, restore and history show. */
export interface DocumentChanges {
  added: NamedExhibit[]
  removed: NamedExhibit[]
  /** Exhibits in both, with the fields that differ (`title`, `position`, ...). */
  changed: (NamedExhibit & { fields: string[] })[]
  /** Parts of the hall that differ: `walls`, `zones`, `entrance`, `width`, ... */
  layout: string[]
  /** Other parts of the document: `title`, `subtitle`, `sources`. */
  other: string[]
}

const named = (exhibit: Exhibit): NamedExhibit => ({ id: exhibit.id, title: exhibit.title.en })
const asJson = (value: unknown) => value as Json

function differingKeys(before: object, after: object): string[] {
  const a = before as Record<string, unknown>
  const b = after as Record<string, unknown>
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => !jsonEqual(asJson(a[key]), asJson(b[key])),
  )
}

export function documentChanges(before: Exhibition, after: Exhibition): DocumentChanges {
  const old = new Map(before.exhibits.map((exhibit) => [exhibit.id, exhibit]))
  const now = new Map(after.exhibits.map((exhibit) => [exhibit.id, exhibit]))
  const changed = after.exhibits.flatMap((exhibit) => {
    const previous = old.get(exhibit.id)
    const fields = previous ? differingKeys(previous, exhibit) : []
    return fields.length > 0 ? [{ ...named(exhibit), fields }] : []
  })
  return {
    added: after.exhibits.filter((exhibit) => !old.has(exhibit.id)).map(named),
    removed: before.exhibits.filter((exhibit) => !now.has(exhibit.id)).map(named),
    changed,
    layout: differingKeys(before.hall, after.hall),
    other: differingKeys(before, after).filter((key) => key !== 'exhibits' && key !== 'hall'),
  }
}

export const noChanges = (changes: DocumentChanges): boolean =>
  changes.added.length + changes.removed.length + changes.changed.length + changes.layout.length === 0 &&
  changes.other.length === 0

/** One line for the history: `Changed “Welcome” (title, summary); added “New”; layout: walls`. */
export function describeChanges(changes: DocumentChanges): string {
  const quote = (exhibit: NamedExhibit) => `“${exhibit.title}”`
  const parts = [
    ...changes.changed.map((exhibit) => `changed ${quote(exhibit)} (${exhibit.fields.join(', ')})`),
    ...changes.added.map((exhibit) => `added ${quote(exhibit)}`),
    ...changes.removed.map((exhibit) => `removed ${quote(exhibit)}`),
    ...(changes.layout.length > 0 ? [`layout: ${changes.layout.join(', ')}`] : []),
    ...(changes.other.length > 0 ? [`exhibition: ${changes.other.join(', ')}`] : []),
  ]
  if (parts.length === 0) return 'No changes'
  const line = parts.join('; ')
  const text = line.charAt(0).toUpperCase() + line.slice(1)
  // Kept to a line in the history; the revision's preview shows everything.
  return text.length > 300 ? `${text.slice(0, 299)}…` : text
}
