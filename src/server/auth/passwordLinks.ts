import type { Hall } from '../hall'
import { hashToken, newToken } from './tokens'

/** Long enough to pass a link on over a weekend, short enough that a forgotten one stops working. */
export const PASSWORD_LINK_HOURS = 72

export interface IssuedLink {
  /** Goes into `/studio/#password=<token>`; the server keeps only its hash. */
  token: string
  expiresAt: string
}

/** A new one-time link for the account to choose its password with; any earlier link of the account stops working. */
export function issuePasswordLink(hall: Hall, userId: number): IssuedLink {
  const token = newToken()
  const now = hall.now()
  const expires = new Date(now.getTime() + PASSWORD_LINK_HOURS * 3_600_000)
  hall.passwordLinks.replace(userId, hashToken(token), now, expires)
  return { token, expiresAt: expires.toISOString() }
}

export type Redemption = { ok: true; userId: number } | { ok: false; reason: 'unknown' | 'expired' | 'disabled' }

/**
 * Takes the link's token: true once. Using it deletes it, so a copied link is useless afterwards; an expired one is
 * deleted too. Run inside the transaction that stores the new password, so "used" and "password set" go together.
 */
export function takePasswordLink(hall: Hall, token: string): Redemption {
  const tokenHash = hashToken(token)
  const link = hall.passwordLinks.find(tokenHash)
  if (!link) return { ok: false, reason: 'unknown' }
  hall.passwordLinks.delete(tokenHash)
  if (link.expiresAt <= hall.now().toISOString()) return { ok: false, reason: 'expired' }
  if (hall.users.byId(link.userId)?.disabled !== false) return { ok: false, reason: 'disabled' }
  return { ok: true, userId: link.userId }
}
