import type { AccountSummary, User } from '../api/client'

/** What each role may do, in the words the accounts screen uses. */
export const ROLE_WORDS: Record<User['role'], { name: string; may: string }> = {
  curator: { name: 'Curator', may: 'may edit the draft and upload pictures and models' },
  admin: { name: 'Admin', may: 'may also publish the exhibition and manage the people on this page' },
}

/** A date and time as a curator reads it, in their own locale: "5 Dec 2026, 09:00". */
export function whenText(iso: string, locale?: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })
}

/** The studio address a one-time link opens; its token sits after `#`, so it never reaches a server log. */
export function passwordLinkUrl(origin: string, studioPath: string, token: string): string {
  return `${origin}${studioPath}#password=${token}`
}

/** The token of a one-time link in the address bar, if the studio was opened with one. */
export function passwordTokenIn(hash: string): string | null {
  return /^#password=([A-Za-z0-9_-]{1,200})$/.exec(hash)?.[1] ?? null
}

/** One line saying where an account stands: can it sign in, and if not, why and what to do. */
export function statusText(account: AccountSummary, now: Date, locale?: string): string {
  if (account.disabled) return 'Disabled: cannot sign in'
  if (account.hasPassword) return 'Can sign in'
  if (account.linkExpiresAt && new Date(account.linkExpiresAt) > now) {
    return `Has not chosen a password yet (the link works until ${whenText(account.linkExpiresAt, locale)})`
  }
  return 'Has not chosen a password, and the link has expired: make a new one'
}

/** Whether `account` is the only admin who can sign in: it cannot be removed, made a curator or disabled. */
export function isOnlyAdmin(account: AccountSummary, all: readonly AccountSummary[]): boolean {
  const active = all.filter((other) => other.role === 'admin' && !other.disabled)
  return active.length === 1 && active[0]?.id === account.id
}
