import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { z } from 'zod'
import { type ContentProblem, formatPath } from '../../content/parse'
import type { StaleBody } from '../../content/studioApi'

/** Every refusal has one shape: a sentence for the curator, and the fields at fault when there are any. */
export interface ErrorBody {
  error: string
  problems?: ContentProblem[]
}

export function refuse(c: Context, status: ContentfulStatusCode, error: string, problems?: ContentProblem[]) {
  const body: ErrorBody = problems ? { error, problems } : { error }
  return c.json(body, status)
}

/** The one 409: a change made from a version someone else has moved on from (see StaleBody for what it carries). */
export function refuseStale(c: Context, body: StaleBody) {
  return c.json(body, 409)
}

export function problemsOf(error: z.ZodError, raw: unknown, prefix: readonly PropertyKey[] = []): ContentProblem[] {
  return error.issues.map((issue) => ({ path: formatPath([...prefix, ...issue.path], raw), message: issue.message }))
}

export type BodyResult<T> = { ok: true; data: T } | { ok: false; response: Response }

/** Parses a JSON body with `schema`; a refusal names each field and what is wrong with it (400). */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<BodyResult<z.infer<T>>> {
  let raw: unknown
  try {
    raw = await c.req.json()
  } catch {
    return { ok: false, response: refuse(c, 400, 'The request body is not valid JSON.') }
  }
  const result = schema.safeParse(raw)
  if (result.success) return { ok: true, data: result.data }
  return { ok: false, response: refuse(c, 400, 'Some fields are not valid.', problemsOf(result.error, raw)) }
}
