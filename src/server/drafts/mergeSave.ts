import { describeChanges, documentChanges, noChanges } from '../../content/documentChanges'
import { type Json, mergeThreeWay } from '../../content/merge'
import { parseExhibition } from '../../content/parse'
import type { Exhibition } from '../../content/schema'
import type { Author } from '../db/contentRepository'
import type { Hall } from '../hall'
import type { EditOutcome } from './editDraft'
import { missingMedia } from './mediaReferences'

const asJson = (document: Exhibition) => document as unknown as Json

/** Ids of exhibits that differ between two documents: they get new versions (for clients of the per-exhibit API). */
function changedExhibits(before: Exhibition, after: Exhibition): string[] {
  const changes = documentChanges(before, after)
  return [...changes.added, ...changes.removed, ...changes.changed].map((exhibit) => exhibit.id)
}

/**
 * Saves a whole document edited from revision `baseRevision`: what changed since then in the draft and what the
 * curator changed are merged field by field. Only a field both changed differently refuses the save (409, listing
 * those fields); the curator resolves them and saves again from the revision the conflict names.
 */
export function mergeSave(hall: Hall, author: Author, baseRevision: number, raw: unknown): EditOutcome {
  const parsed = parseExhibition(raw)
  if (!parsed.ok) {
    return {
      ok: false,
      status: 400,
      error: 'The exhibition would not be valid after this change.',
      problems: parsed.problems,
    }
  }
  const ours = parsed.exhibition
  return hall.content.transaction((): EditOutcome => {
    const draft = hall.content.draft()
    const base = draft.revisionId === baseRevision ? draft.document : hall.content.revision(baseRevision)?.document
    if (!base) {
      return {
        ok: false,
        status: 400,
        error: `There is no revision ${baseRevision} to merge from: reload the draft.`,
        problems: [{ path: 'baseRevision', message: 'is not a revision of this exhibition' }],
      }
    }
    const { merged, conflicts } = mergeThreeWay(asJson(base), asJson(ours), asJson(draft.document))
    if (conflicts.length > 0) {
      const savedBy = draft.revision?.author ?? 'someone'
      return {
        ok: false,
        status: 409,
        error: `${savedBy} changed ${conflicts.length === 1 ? 'a field' : `${conflicts.length} fields`} you also changed. Choose which to keep for each, then save again.`,
        conflict: {
          scope: 'fields',
          baseRevision,
          theirs: { revisionId: draft.revisionId, version: draft.version, savedBy },
          fields: conflicts,
        },
      }
    }
    const result = parseExhibition(merged)
    if (!result.ok) {
      return {
        ok: false,
        status: 400,
        error: 'Your changes and the ones saved since do not fit together; fix these fields and save again.',
        problems: result.problems,
      }
    }
    // Media first named by this save must exist now, as for every other save (a restore is not a save).
    const missing = missingMedia(hall, draft.document, result.exhibition)
    if (missing.length > 0) {
      return {
        ok: false,
        status: 400,
        error: 'The exhibition would not be valid after this change.',
        problems: missing,
      }
    }
    const changes = documentChanges(draft.document, result.exhibition)
    // Nothing new (the same edit saved twice, say): no empty revision in the history.
    if (noChanges(changes)) return { ok: true, draft }
    const summary = describeChanges(changes)
    return {
      ok: true,
      draft: hall.content.writeDraft(result.exhibition, {
        kind: 'save',
        author,
        summary,
        touched: changedExhibits(draft.document, result.exhibition),
      }),
    }
  })
}
