import type { Exhibition } from '../../content/schema'
import type { DraftState, ExhibitVersion, RevisionKind, RevisionSummary } from '../../content/studioApi'
import type { Db } from './connection'
import { readStoredDocument } from './storedDocument'

// The API's contract lives in content, shared with the studio; re-exported for the server's own modules.
export type { DraftState, ExhibitVersion, RevisionKind, RevisionSummary }

/** Who made a change: the account, and a name kept even if the account is later deleted. */
export interface Author {
  id: number | null
  name: string
}

/** The published revision, read and parsed once per publish: visitors ask for it far more often than it changes. */
export interface PublishedState {
  readonly revisionId: number
  /** The document as stored, served to visitors without re-serialising it (unless it had to be upgraded). */
  readonly json: string
  readonly document: Exhibition
}

interface DraftRow {
  document: string
  version: number
  revision_id: number
}

interface RevisionRow {
  id: number
  kind: RevisionKind
  author: string
  created_at: string
  summary: string
  restored_from: number | null
}

const summaryOf = (row: RevisionRow): RevisionSummary => ({
  id: row.id,
  kind: row.kind,
  author: row.author,
  createdAt: row.created_at,
  summary: row.summary,
  restoredFrom: row.restored_from,
})

/**
 * The exhibition's storage: one draft, an append-only list of revisions, and a pointer to the published one.
 * Callers validate documents before writing; this layer only keeps the rows consistent.
 */
export class ContentRepository {
  /**
   * The one cache of the published document, kept per revision: visitors, fonts and the export all read it, and it
   * changes only on publish. A new object per revision, so whatever others derive from it can key on its identity.
   */
  private publishedCache: PublishedState | undefined

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Runs `fn` in one transaction: the read-check-write of an edit cannot interleave with another edit. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)()
  }

  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM draft WHERE id = 1').get() === undefined
  }

  /** First run: the default exhibition becomes both the draft and what visitors see. */
  seed(document: Exhibition): void {
    this.transaction(() => {
      if (!this.isEmpty()) return
      const revisionId = this.insertRevision('seed', { id: null, name: 'system' }, 'Default exhibition', document)
      this.db
        .prepare('INSERT INTO draft (id, document, version, revision_id) VALUES (1, ?, 1, ?)')
        .run(JSON.stringify(document), revisionId)
      this.db.prepare('INSERT INTO published (id, revision_id) VALUES (1, ?)').run(revisionId)
      this.bumpExhibits(
        document.exhibits.map((exhibit) => exhibit.id),
        'system',
      )
    })
  }

  draft(): DraftState {
    const row = this.db.prepare('SELECT document, version, revision_id FROM draft WHERE id = 1').get() as
      | DraftRow
      | undefined
    if (!row) throw new Error('The database has no draft: it was not seeded')
    const { document } = readStoredDocument(row.document)
    const versions = this.exhibitVersions()
    // Deleted exhibits keep their counters in the table, but the draft only reports the ones it holds.
    const exhibitVersions = Object.fromEntries(
      document.exhibits.flatMap((exhibit) => {
        const version = versions[exhibit.id]
        return version ? [[exhibit.id, version] as const] : []
      }),
    )
    const revision = this.revisionSummary(row.revision_id)
    return { document, version: row.version, revisionId: row.revision_id, exhibitVersions, revision }
  }

  /** One revision's summary, without its document. */
  revisionSummary(id: number): RevisionSummary | undefined {
    const row = this.db
      .prepare('SELECT id, kind, author, created_at, summary, restored_from FROM revisions WHERE id = ?')
      .get(id) as RevisionRow | undefined
    return row && summaryOf(row)
  }

  exhibitVersion(exhibitId: string): ExhibitVersion | undefined {
    const row = this.db
      .prepare('SELECT version, updated_by, updated_at FROM exhibit_versions WHERE exhibit_id = ?')
      .get(exhibitId) as { version: number; updated_by: string; updated_at: string } | undefined
    return row && { version: row.version, updatedBy: row.updated_by, updatedAt: row.updated_at }
  }

  /**
   * Replaces the draft and records the change as a revision. `touched` exhibits get a new version, so an editor
   * still holding the old one is refused with a conflict.
   */
  writeDraft(
    document: Exhibition,
    change: { kind: RevisionKind; author: Author; summary: string; touched: string[]; restoredFrom?: number },
  ): DraftState {
    return this.transaction(() => {
      const revisionId = this.insertRevision(change.kind, change.author, change.summary, document, change.restoredFrom)
      this.db
        .prepare('UPDATE draft SET document = ?, version = version + 1, revision_id = ? WHERE id = 1')
        .run(JSON.stringify(document), revisionId)
      this.bumpExhibits(change.touched, change.author.name)
      return this.draft()
    })
  }

  /** Makes the current draft what visitors see: one row changes, so a visitor gets the old document or the new. */
  publish(author: Author): RevisionSummary {
    return this.transaction(() => {
      const draft = this.draft()
      const id = this.insertRevision('publish', author, `Published draft revision ${draft.revisionId}`, draft.document)
      this.db.prepare('UPDATE published SET revision_id = ? WHERE id = 1').run(id)
      return this.revision(id)?.summary as RevisionSummary
    })
  }

  /** The published revision; only its id is read from the database unless a publish changed it. */
  published(): PublishedState {
    const revisionId = this.publishedRevisionId()
    if (this.publishedCache?.revisionId === revisionId) return this.publishedCache
    // Revisions are never changed once written, so reading the row apart from the pointer cannot mix two publishes.
    const row = this.db.prepare('SELECT document FROM revisions WHERE id = ?').get(revisionId) as
      | { document: string }
      | undefined
    if (!row) throw new Error(`The published revision ${revisionId} is missing from the database`)
    const { json, document } = readStoredDocument(row.document)
    this.publishedCache = { revisionId, json, document }
    return this.publishedCache
  }

  /** Which revision is published, without reading its document: cheap enough to ask on every visitor request. */
  publishedRevisionId(): number {
    const row = this.db.prepare('SELECT revision_id FROM published WHERE id = 1').get() as
      | { revision_id: number }
      | undefined
    if (!row) throw new Error('The database has no published exhibition: it was not seeded')
    return row.revision_id
  }

  publishedDocument(): Exhibition {
    return this.published().document
  }

  revisions(options: { before?: number; limit: number }): RevisionSummary[] {
    const rows = this.db
      .prepare(
        `SELECT id, kind, author, created_at, summary, restored_from FROM revisions
         WHERE id < ? ORDER BY id DESC LIMIT ?`,
      )
      .all(options.before ?? Number.MAX_SAFE_INTEGER, options.limit) as RevisionRow[]
    return rows.map(summaryOf)
  }

  revision(id: number): { summary: RevisionSummary; document: Exhibition } | undefined {
    const row = this.db
      .prepare('SELECT id, kind, author, created_at, summary, restored_from, document FROM revisions WHERE id = ?')
      .get(id) as (RevisionRow & { document: string }) | undefined
    return row && { summary: summaryOf(row), document: readStoredDocument(row.document).document }
  }

  private insertRevision(
    kind: RevisionKind,
    author: Author,
    summary: string,
    document: Exhibition,
    restoredFrom?: number,
  ): number {
    const result = this.db
      .prepare(
        `INSERT INTO revisions (kind, author_id, author, created_at, summary, restored_from, document)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        kind,
        author.id,
        author.name,
        this.now().toISOString(),
        summary,
        restoredFrom ?? null,
        JSON.stringify(document),
      )
    return Number(result.lastInsertRowid)
  }

  private exhibitVersions(): Record<string, ExhibitVersion> {
    const rows = this.db.prepare('SELECT exhibit_id, version, updated_by, updated_at FROM exhibit_versions').all() as {
      exhibit_id: string
      version: number
      updated_by: string
      updated_at: string
    }[]
    return Object.fromEntries(
      rows.map((row) => [
        row.exhibit_id,
        { version: row.version, updatedBy: row.updated_by, updatedAt: row.updated_at },
      ]),
    )
  }

  /** Versions only grow, even across delete and re-create, so a stale editor can never match a newer exhibit. */
  private bumpExhibits(ids: readonly string[], by: string): void {
    const statement = this.db.prepare(
      `INSERT INTO exhibit_versions (exhibit_id, version, updated_by, updated_at) VALUES (?, 1, ?, ?)
       ON CONFLICT (exhibit_id) DO UPDATE SET version = version + 1, updated_by = excluded.updated_by,
         updated_at = excluded.updated_at`,
    )
    const at = this.now().toISOString()
    for (const id of new Set(ids)) statement.run(id, by, at)
  }
}
