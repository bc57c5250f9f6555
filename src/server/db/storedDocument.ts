import { describeProblems, parseExhibition } from '../../content/parse'
import type { Exhibition } from '../../content/schema'

export interface StoredDocument {
  document: Exhibition
  /** The stored text when the document was current; re-serialised when a migration upgraded it. */
  json: string
  /** True when the stored document was of an older format version (and is upgraded here, not in the database). */
  migrated: boolean
}

/**
 * Reads a document from the database. Rows written by an older build hold an older format version: they are
 * upgraded on the way out, so every reader (the studio, visitors, the export) sees the current format, and the
 * next save stores it. Rows are never rewritten here: revisions stay what was saved.
 */
export function readStoredDocument(json: string): StoredDocument {
  const parsed = parseExhibition(JSON.parse(json))
  if (!parsed.ok) throw new Error(`A stored exhibition cannot be read:\n${describeProblems(parsed.problems)}`)
  const migrated = parsed.migrated.length > 0
  return { document: parsed.exhibition, json: migrated ? JSON.stringify(parsed.exhibition) : json, migrated }
}
