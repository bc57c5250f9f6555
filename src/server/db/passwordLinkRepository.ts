import type { Db } from './connection'

export interface PasswordLink {
  userId: number
  expiresAt: string
}

/** One-time links to choose a password, stored by a hash of their token; an account has at most one. */
export class PasswordLinkRepository {
  constructor(private readonly db: Db) {}

  /** Replaces the account's earlier link, if any: only the newest one handed out works. */
  replace(userId: number, tokenHash: string, createdAt: Date, expiresAt: Date): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM password_links WHERE user_id = ?').run(userId)
      this.db
        .prepare('INSERT INTO password_links (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)')
        .run(tokenHash, userId, createdAt.toISOString(), expiresAt.toISOString())
    })()
  }

  find(tokenHash: string): PasswordLink | undefined {
    const row = this.db.prepare('SELECT user_id, expires_at FROM password_links WHERE token_hash = ?').get(tokenHash) as
      | { user_id: number; expires_at: string }
      | undefined
    return row && { userId: row.user_id, expiresAt: row.expires_at }
  }

  /** When the account's link stops working, or null when it has none that still works. */
  expiryFor(userId: number, now: Date): string | null {
    const row = this.db
      .prepare('SELECT expires_at FROM password_links WHERE user_id = ? AND expires_at > ?')
      .get(userId, now.toISOString()) as { expires_at: string } | undefined
    return row?.expires_at ?? null
  }

  delete(tokenHash: string): boolean {
    return this.db.prepare('DELETE FROM password_links WHERE token_hash = ?').run(tokenHash).changes > 0
  }

  deleteForUser(userId: number): void {
    this.db.prepare('DELETE FROM password_links WHERE user_id = ?').run(userId)
  }
}
