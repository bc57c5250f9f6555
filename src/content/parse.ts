import type { z } from 'zod'
import { CONTENT_VERSION, type Exhibition, exhibitionSchema } from './schema'

/** One reason a document was refused: where (a readable path) and what is wrong there. */
export interface ContentProblem {
  path: string
  message: string
}

export type ParseResult = { ok: true; exhibition: Exhibition } | { ok: false; problems: ContentProblem[] }

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
 * Validates an exhibition document from any boundary (network, file, API body). A version other than the one this
 * build reads is refused up front with its own message, rather than as a list of field errors.
 */
export function parseExhibition(raw: unknown): ParseResult {
  if (isRecord(raw) && typeof raw.version === 'number' && raw.version !== CONTENT_VERSION) {
    const message =
      raw.version > CONTENT_VERSION
        ? `is ${raw.version}, newer than this app reads (${CONTENT_VERSION}); update the app`
        : `is ${raw.version}, older than this app reads (${CONTENT_VERSION}) and has no migration`
    return { ok: false, problems: [{ path: 'version', message }] }
  }
  const result = exhibitionSchema.safeParse(raw)
  if (result.success) return { ok: true, exhibition: result.data }
  return { ok: false, problems: problemsOf(result.error, raw) }
}

/** One line per problem, for logs and command-line tools. */
export function describeProblems(problems: readonly ContentProblem[]): string {
  return problems.map((problem) => `${problem.path}: ${problem.message}`).join('\n')
}
