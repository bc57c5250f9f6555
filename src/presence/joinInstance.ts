import { Client, type Room } from 'colyseus.js'
import type { JoinRequest } from '../content/presence'
import type { VisitorFields } from './remoteVisitors'

/** The room's synchronised state as the client reads it (decoded by the engine's reflection). */
export interface HallStateView {
  code: string
  visitors: {
    forEach(callback: (visitor: VisitorFields, id: string) => void): void
    get(id: string): VisitorFields | undefined
    readonly size: number
  }
}

export type JoinResult =
  | { kind: 'joined'; room: Room<HallStateView>; code: string; guide: boolean }
  | { kind: 'refused'; status: number; reason: 'unknown-code' | 'full' | 'other' }

/**
 * Asks the hall server (same origin) for a seat, then opens the socket on `/presence`. The API carries the studio
 * session cookie, so a signed-in curator is seated as a guide; it also wants the session's CSRF token, which only
 * a page of this origin can read.
 */
export async function joinInstance(origin: string, request: JoinRequest, fetcher = fetch): Promise<JoinResult> {
  const session = (await (await fetcher(`${origin}/api/session`)).json()) as { csrfToken?: string | null }
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (session.csrfToken) headers['X-CSRF-Token'] = session.csrfToken
  const response = await fetcher(`${origin}/api/presence/join`, {
    method: 'POST',
    headers,
    body: JSON.stringify(request),
  })
  if (!response.ok) {
    const reason = response.status === 404 ? 'unknown-code' : response.status === 409 ? 'full' : 'other'
    return { kind: 'refused', status: response.status, reason }
  }
  const body = (await response.json()) as {
    code: string
    guide: boolean
    reservation: Parameters<Client['consumeSeatReservation']>[0]
  }
  const client = new Client(`${origin}/presence`)
  const room = await client.consumeSeatReservation<HallStateView>(body.reservation)
  return { kind: 'joined', room, code: body.code, guide: body.guide === true }
}
