import type { Db } from './connection'

export interface SessionRecord {
  userId: number
  csrfToken: string
  expiresAt: string
}

/** Sign-in sessions, stored by a hash of the cookie's token so a copy of the database cannot sign anyone in. */
export class SessionRepository {
  constructor(private readonly db: Db) {}

  create(tokenHash: string, record: SessionRecord, createdAt: Date): void {
    this.db
      .prepare('INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
      .run(tokenHash, record.userId, record.csrfToken, createdAt.toISOString(), record.expiresAt)
  }

  find(tokenHash: string): SessionRecord | undefined {
    const row = this.db
      .prepare('SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = ?')
      .get(tokenHash) as { user_id: number; csrf_token: string; expires_at: string } | undefined
    return row && { userId: row.user_id, csrfToken: row.csrf_token, expiresAt: row.expires_at }
  }

  delete(tokenHash: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash)
  }

  /** Signs an account out everywhere: after a password change or a role change. */
  deleteForUser(userId: number): void {
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId)
  }

  deleteExpired(now: Date): void {
    this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(now.toISOString())
  }
}
