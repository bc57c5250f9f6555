import { describeChanges, documentChanges } from '../../content/documentChanges'
import type { ContentProblem } from '../../content/parse'
import { parseExhibition } from '../../content/parse'
import { type Exhibit, type Exhibition, exhibitSchema } from '../../content/schema'
import type { Conflict, DraftState } from '../../content/studioApi'
import { problemsOf } from '../api/problems'
import type { Author } from '../db/contentRepository'
import type { Hall } from '../hall'
import { missingMedia } from './mediaReferences'

// The 409 body's shape is the API's contract, shared with the studio.
export type { Conflict }

/** What an edit came to; the routes turn each refusal into its HTTP status. */
export type EditOutcome =
  | { ok: true; draft: DraftState }
  | { ok: false; status: 400; error: string; problems: ContentProblem[] }
  | { ok: false; status: 404; error: string }
  | { ok: false; status: 409; error: string; conflict: Conflict }

const invalid = (problems: ContentProblem[]): EditOutcome => ({
  ok: false,
  status: 400,
  error: 'The exhibition would not be valid after this change.',
  problems,
})

const notFound = (id: string): EditOutcome => ({
  ok: false,
  status: 404,
  error: `There is no exhibit "${id}" in the draft.`,
})

/** The whole draft is checked by the one schema after every change: a save can never leave it half-valid. */
function write(
  hall: Hall,
  author: Author,
  document: unknown,
  change: { summary: string; touched: string[]; kind?: 'save' | 'restore'; restoredFrom?: number },
): EditOutcome {
  const parsed = parseExhibition(document)
  if (!parsed.ok) return invalid(parsed.problems)
  // A restore brings back what was once checked; saves name media that must exist now.
  const missing = change.kind === 'restore' ? [] : missingMedia(hall, hall.content.draft().document, parsed.exhibition)
  if (missing.length > 0) return invalid(missing)
  const draft = hall.content.writeDraft(parsed.exhibition, { kind: 'save', ...change, author })
  return { ok: true, draft }
}

function parseExhibit(raw: unknown): { ok: true; exhibit: Exhibit } | { ok: false; outcome: EditOutcome } {
  const result = exhibitSchema.safeParse(raw)
  if (result.success) return { ok: true, exhibit: result.data }
  return { ok: false, outcome: invalid(problemsOf(result.error, raw)) }
}

function exhibitConflict(draft: DraftState, id: string, baseVersion: number, yours: Exhibit | null): EditOutcome {
  const theirs = draft.exhibitVersions[id]
  return {
    ok: false,
    status: 409,
    error: `Someone else saved exhibit "${id}" after you opened it (${theirs?.updatedBy ?? 'unknown'}, ${theirs?.updatedAt ?? '?'}). Compare both versions, then save again.`,
    conflict: {
      scope: 'exhibit',
      exhibitId: id,
      yours: { baseVersion, exhibit: yours },
      theirs: {
        version: theirs?.version ?? 0,
        savedBy: theirs?.updatedBy ?? 'unknown',
        savedAt: theirs?.updatedAt ?? '',
        exhibit: draft.document.exhibits.find((exhibit) => exhibit.id === id) ?? null,
      },
    },
  }
}

/** The draft moved on since `baseVersion`: what the curator sent (or would restore) beside what is there now. */
function documentConflict(
  draft: DraftState,
  baseVersion: number,
  yours: Exhibition | null,
  error: string,
): EditOutcome {
  return {
    ok: false,
    status: 409,
    error,
    conflict: {
      scope: 'document',
      yours: { baseVersion, document: yours },
      theirs: { version: draft.version, document: draft.document },
    },
  }
}

/** Saves one exhibit, refused with 409 when someone saved it since `baseVersion`. */
export function saveExhibit(hall: Hall, author: Author, id: string, baseVersion: number, raw: unknown): EditOutcome {
  const parsed = parseExhibit(raw)
  if (!parsed.ok) return parsed.outcome
  const { exhibit } = parsed
  if (exhibit.id !== id) {
    return invalid([
      { path: 'id', message: `cannot change from "${id}"; add a new exhibit and delete this one instead` },
    ])
  }
  return hall.content.transaction(() => {
    const draft = hall.content.draft()
    const index = draft.document.exhibits.findIndex((candidate) => candidate.id === id)
    if (index < 0) return notFound(id)
    if (draft.exhibitVersions[id]?.version !== baseVersion) return exhibitConflict(draft, id, baseVersion, exhibit)
    const exhibits = draft.document.exhibits.with(index, exhibit)
    return write(hall, author, { ...draft.document, exhibits }, { summary: `Saved exhibit "${id}"`, touched: [id] })
  })
}

export function addExhibit(hall: Hall, author: Author, raw: unknown): EditOutcome {
  const parsed = parseExhibit(raw)
  if (!parsed.ok) return parsed.outcome
  const { exhibit } = parsed
  return hall.content.transaction(() => {
    const draft = hall.content.draft()
    const exhibits = [...draft.document.exhibits, exhibit]
    return write(
      hall,
      author,
      { ...draft.document, exhibits },
      { summary: `Added exhibit "${exhibit.id}"`, touched: [exhibit.id] },
    )
  })
}

export function deleteExhibit(hall: Hall, author: Author, id: string, baseVersion: number): EditOutcome {
  return hall.content.transaction(() => {
    const draft = hall.content.draft()
    if (!draft.document.exhibits.some((exhibit) => exhibit.id === id)) return notFound(id)
    if (draft.exhibitVersions[id]?.version !== baseVersion) return exhibitConflict(draft, id, baseVersion, null)
    const exhibits = draft.document.exhibits.filter((exhibit) => exhibit.id !== id)
    return write(hall, author, { ...draft.document, exhibits }, { summary: `Deleted exhibit "${id}"`, touched: [id] })
  })
}

/** Ids of exhibits that differ between two documents: they get new versions, so their editors see a conflict. */
function changedExhibits(before: Exhibition, after: Exhibition): string[] {
  const old = new Map(before.exhibits.map((exhibit) => [exhibit.id, JSON.stringify(exhibit)]))
  const now = new Map(after.exhibits.map((exhibit) => [exhibit.id, JSON.stringify(exhibit)]))
  const ids = new Set([...old.keys(), ...now.keys()])
  return [...ids].filter((id) => old.get(id) !== now.get(id))
}

/** Saves the whole document (hall, sources, titles); refused with 409 when the draft moved on since `baseVersion`. */
export function saveDocument(hall: Hall, author: Author, baseVersion: number, raw: unknown): EditOutcome {
  const parsed = parseExhibition(raw)
  if (!parsed.ok) return invalid(parsed.problems)
  return hall.content.transaction(() => {
    const draft = hall.content.draft()
    if (draft.version !== baseVersion) {
      return documentConflict(
        draft,
        baseVersion,
        parsed.exhibition,
        'Someone else changed the draft after you opened it. Compare both versions, then save again.',
      )
    }
    const touched = changedExhibits(draft.document, parsed.exhibition)
    return write(hall, author, parsed.exhibition, { summary: 'Saved the exhibition', touched })
  })
}

/** Copies an old revision into the draft (publishing it is a separate step); every exhibit gets a new version. */
export function restoreRevision(hall: Hall, author: Author, revisionId: number, baseVersion?: number): EditOutcome {
  return hall.content.transaction(() => {
    const revision = hall.content.revision(revisionId)
    if (!revision) return { ok: false, status: 404, error: `There is no revision ${revisionId}.` }
    const draft = hall.content.draft()
    if (baseVersion !== undefined && draft.version !== baseVersion) {
      return documentConflict(
        draft,
        baseVersion,
        revision.document,
        'Someone else changed the draft after you opened it; look at it before restoring over it.',
      )
    }
    const touched = [...draft.document.exhibits, ...revision.document.exhibits].map((exhibit) => exhibit.id)
    const changes = describeChanges(documentChanges(draft.document, revision.document))
    return write(hall, author, revision.document, {
      kind: 'restore',
      summary: `Restored revision ${revisionId}: ${changes.charAt(0).toLowerCase()}${changes.slice(1)}`,
      touched,
      restoredFrom: revisionId,
    })
  })
}
