import type { Context } from 'hono'
import type { EditOutcome } from '../drafts/editDraft'
import { refuse, refuseStale } from './problems'

/** One mapping from an edit's outcome to HTTP: 200 with the new draft, or 400 / 404 / 409 with the reason. */
export function editResponse(c: Context, outcome: EditOutcome) {
  if (outcome.ok) return c.json(outcome.draft)
  switch (outcome.status) {
    case 400:
      return refuse(c, 400, outcome.error, outcome.problems)
    case 404:
      return refuse(c, 404, outcome.error)
    case 409:
      return refuseStale(c, { error: outcome.error, conflict: outcome.conflict })
  }
}
