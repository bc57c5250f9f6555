import { CONTENT_VERSION } from './schema'

/**
 * One step of the content format: upgrades a document of version `from` to `from + 1`. A migration sees the raw
 * document (not yet validated, perhaps broken), so it changes only what it recognises and leaves the rest for the
 * schema to judge. Each historical version keeps a fixture in ./fixtures, tested to migrate to a valid document.
 */
interface Migration {
  from: number
  /** What the step changes, for logs and for the curator told that their document was upgraded. */
  describe: string
  up: (doc: Record<string, unknown>) => Record<string, unknown>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** v1 had no narration: each exhibit's summary, already a short text in both languages, becomes its captions. */
const addNarration: Migration = {
  from: 1,
  describe: 'narration added to every exhibit, from its summary',
  up: (doc) => {
    if (!Array.isArray(doc.exhibits)) return doc
    const exhibits = doc.exhibits.map((exhibit: unknown) => {
      if (!isRecord(exhibit) || 'narration' in exhibit || !isRecord(exhibit.summary)) return exhibit
      return { ...exhibit, narration: { ...exhibit.summary } }
    })
    return { ...doc, exhibits }
  },
}

/** In order, one per version step: `MIGRATIONS[i].from === FIRST_MIGRATED + i`. */
export const MIGRATIONS: readonly Migration[] = [addNarration]
/** The oldest version this build can still upgrade. */
export const OLDEST_READABLE = CONTENT_VERSION - MIGRATIONS.length

export type MigrationResult = { ok: true; document: unknown; applied: string[] } | { ok: false; message: string }

/**
 * Brings a document up to CONTENT_VERSION, one step at a time, without touching the input. A document that is
 * current, or has no numeric version (the schema will say what is wrong), passes through unchanged.
 */
export function migrate(raw: unknown): MigrationResult {
  if (!isRecord(raw) || typeof raw.version !== 'number' || raw.version === CONTENT_VERSION) {
    return { ok: true, document: raw, applied: [] }
  }
  const { version } = raw
  if (version > CONTENT_VERSION) {
    return { ok: false, message: `is ${version}, newer than this app reads (${CONTENT_VERSION}); update the app` }
  }
  if (!Number.isInteger(version) || version < OLDEST_READABLE) {
    return {
      ok: false,
      message: `is ${version}, older than this app reads (${OLDEST_READABLE} to ${CONTENT_VERSION}) and has no migration`,
    }
  }
  let doc: Record<string, unknown> = raw
  const applied: string[] = []
  for (const step of MIGRATIONS.slice(version - OLDEST_READABLE)) {
    doc = { ...step.up(doc), version: step.from + 1 }
    applied.push(`${step.from} → ${step.from + 1}: ${step.describe}`)
  }
  return { ok: true, document: doc, applied }
}
