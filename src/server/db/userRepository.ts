import { ROLES, type Role } from '../../content/studioApi'
import type { Db } from './connection'

export { ROLES, type Role }

export interface User {
  id: number
  email: string
  name: string
  role: Role
  createdAt: string
}

interface UserRow {
  id: number
  email: string
  name: string
  role: Role
  created_at: string
}

const userOf = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  createdAt: row.created_at,
})

const COLUMNS = 'id, email, name, role, created_at'

/** Curator and admin accounts. Password hashes never leave this file except to the verifier. */
export class UserRepository {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n
  }

  countAdmins(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM users WHERE role = 'admin'").get() as { n: number }).n
  }

  list(): User[] {
    return (this.db.prepare(`SELECT ${COLUMNS} FROM users ORDER BY id`).all() as UserRow[]).map(userOf)
  }

  byId(id: number): User | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) as UserRow | undefined
    return row && userOf(row)
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

  update(id: number, change: { name?: string; role?: Role; passwordHash?: string }): User | undefined {
    const current = this.db.prepare('SELECT name, role, password_hash FROM users WHERE id = ?').get(id) as
      | { name: string; role: Role; password_hash: string }
      | undefined
    if (!current) return undefined
    this.db
      .prepare('UPDATE users SET name = ?, role = ?, password_hash = ? WHERE id = ?')
      .run(change.name ?? current.name, change.role ?? current.role, change.passwordHash ?? current.password_hash, id)
    return this.byId(id)
  }

  delete(id: number): boolean {
    return this.db.prepare('DELETE FROM users WHERE id = ?').run(id).changes > 0
  }
}
