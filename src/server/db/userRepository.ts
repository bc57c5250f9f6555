import { ROLES, type Role } from '../../content/studioApi'
import type { Db } from './connection'

export { ROLES, type Role }

export interface User {
  id: number
  email: string
  name: string
  role: Role
  /** A disabled account cannot sign in and has no sessions; an admin can enable it again. */
  disabled: boolean
  createdAt: string
}

interface UserRow {
  id: number
  email: string
  name: string
  role: Role
  disabled_at: string | null
  created_at: string
}

const userOf = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  disabled: row.disabled_at !== null,
  createdAt: row.created_at,
})

const COLUMNS = 'id, email, name, role, disabled_at, created_at'

/**
 * Stored for an account that has no password yet (made by an admin, or reset): no password verifies against it, so
 * only its one-time link lets anyone in.
 */
export const NO_PASSWORD = '!'

/** Curator and admin accounts. Password hashes never leave this file except to the verifier. */
export class UserRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n
  }

  /** Admins who can still sign in: the ones that keep the exhibition manageable. */
  countActiveAdmins(): number {
    const sql = "SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL"
    return (this.db.prepare(sql).get() as { n: number }).n
  }

  list(): User[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM users ORDER BY id`).all() as UserRow[]).map(userOf)
  }

  byId(id: number): User | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined
    return row && userOf(row)
  }

  /** False for an account made or reset by an admin that has not yet chosen its password through its link. */
  hasPassword(id: number): boolean {
    const row = this.db.prepare('SELECT password_hash FROM users WHERE id = ?').get(id) as
      | { password_hash: string }
      | undefined
    return row !== undefined && row.password_hash !== NO_PASSWORD
  }

  /** The account and its password hash, for signing in. E-mail addresses compare without case. */
  credentials(email: string): { user: User; passwordHash: string } | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS}, password_hash FROM users WHERE email = ?`).get(email) as
      | (UserRow & { password_hash: string })
      | undefined
    return row && { user: userOf(row), passwordHash: row.password_hash }
  }

  create(input: { email: string; name: string; role: Role; passwordHash: string }): User {
    const result = this.db
      .prepare('INSERT INTO users (email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(input.email, input.name, input.role, input.passwordHash, this.now().toISOString())
    return this.byId(Number(result.lastInsertRowid)) as User
  }

  update(
    id: number,
    change: { name?: string; role?: Role; passwordHash?: string; disabled?: boolean },
  ): User | undefined {
    const current = this.db.prepare('SELECT name, role, password_hash, disabled_at FROM users WHERE id = ?').get(id) as
      | { name: string; role: Role; password_hash: string; disabled_at: string | null }
      | undefined
    if (!current) return undefined
    const disabledAt =
      change.disabled === undefined
        ? current.disabled_at
        : change.disabled
          ? (current.disabled_at ?? this.now().toISOString())
          : null
    this.db
      .prepare('UPDATE users SET name = ?, role = ?, password_hash = ?, disabled_at = ? WHERE id = ?')
      .run(
        change.name ?? current.name,
        change.role ?? current.role,
        change.passwordHash ?? current.password_hash,
        disabledAt,
        id,
      )
    return this.byId(id)
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM users WHERE id = ?').run(id).changes > 0
  }
}
