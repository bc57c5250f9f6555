import type { ContentProblem } from '../../content/parse'
import { publishProblems } from '../../content/publishRules'
import type { Author, RevisionSummary } from '../db/contentRepository'
import type { Hall } from '../hall'

export type PublishOutcome =
  | { ok: true; revision: RevisionSummary }
  | { ok: false; status: 409; error: string; draftVersion: number }
  | { ok: false; status: 422; error: string; problems: ContentProblem[] }

/**
 * Publishes the draft. Its font subsets are generated first, so the moment visitors get the new document the
 * glyphs it needs are already served; the switch itself is one row in one transaction.
 */
export async function publishDraft(hall: Hall, author: Author, baseVersion?: number): Promise<PublishOutcome> {
  for (;;) {
    const draft = hall.content.draft()
    if (baseVersion !== undefined && draft.version !== baseVersion) {
      return {
        ok: false,
        status: 409,
        error: `The draft changed (now version ${draft.version}) since you reviewed version ${baseVersion}; review it again.`,
        draftVersion: draft.version,
      }
    }
    const problems = publishProblems(draft.document)
    if (problems.length > 0) {
      return {
        ok: false,
        status: 422,
        error: 'The draft cannot be published yet: every exhibit needs a source or a curator’s note.',
        problems,
      }
    }
    await hall.fonts.ensure(draft.document)
    // A save may have landed while the fonts were cut: then cut them for the newer draft and try again.
    const revision = hall.content.transaction(() =>
      hall.content.draft().version === draft.version ? hall.content.publish(author) : undefined,
    )
    if (revision) return { ok: true, revision }
  }
}
