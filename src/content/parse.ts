import type { z } from 'zod'
import { migrate } from './migrations'
import { type Exhibition, exhibitionSchema } from './schema'

/** One reason a document was refused: where (a readable path) and what is wrong there. */
export interface ContentProblem {
  path: string
  message: string
}

export type ParseResult =
  | {
      ok: true
      exhibition: Exhibition
      /** The upgrades applied to an older document, oldest first; empty when it was already current. */
      migrated: string[]
    }
  | { ok: false; problems: ContentProblem[] }

/** `exhibits[3] "nft-collections".title.en`: index and id, so a curator can find the exhibit either way. */
export function formatPath(path: readonly PropertyKey[], raw: unknown): string {
  let out = ''
  let node: unknown = raw
  for (const key of path) {
    if (typeof key === 'number') {
      out += `[${key}]`
      node = Array.isArray(node) ? node[key] : undefined
      const id = isRecord(node) && typeof node.id === 'string' ? node.id : undefined
      if (id) out += ` "${id}"`
    } else {
      const name = String(key)
      out += out ? `.${name}` : name
      node = isRecord(node) ? node[name] : undefined
    }
  }
  return out || '(document)'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function problemsOf(error: z.ZodError, raw: unknown): ContentProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path, raw), message: issue.message }))
}

/**
 * Validates an exhibition document from any boundary (network, file, API body). An older document is first
 * upgraded by the migrations; a version this build cannot read (newer, or older than any migration) is refused up
 * front with its own message, rather than as a list of field errors.
 */
export function parseExhibition(raw: unknown): ParseResult {
  const migration = migrate(raw)
  if (!migration.ok) return { ok: false, problems: [{ path: 'version', message: migration.message }] }
  const result = exhibitionSchema.safeParse(migration.document)
  if (result.success) return { ok: true, exhibition: result.data, migrated: migration.applied }
  return { ok: false, problems: problemsOf(result.error, migration.document) }
}

/** One line per problem, for logs and command-line tools. */
export function describeProblems(problems: readonly ContentProblem[]): string {
  return problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n')
}
