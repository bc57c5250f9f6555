import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { MIGRATIONS } from './migrations'

export type Db = Database.Database

/** The database file inside a data directory. */
export const databaseFile = (dataDir: string) => join(dataDir, 'hall.sqlite')

/**
 * Opens (creating if needed) the data directory's database and brings its schema up to date. WAL lets visitors read
 * the published exhibition while a curator's save is being written.
 */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true })
  const db = new Database(databaseFile(dataDir))
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  // Waits for another connection (the export command) instead of failing at once with SQLITE_BUSY.
  db.pragma('busy_timeout = 5000')
  migrate(db)
  return db
}

function migrate(db: Db): void {
  const applied = Number(db.pragma('user_version', { simple: true }))
  if (applied > MIGRATIONS.length) {
    throw new Error(
      `The database has schema version ${applied}, newer than this server knows (${MIGRATIONS.length}); update the server`,
    )
  }
  for (let step = applied; step < MIGRATIONS.length; step++) {
    const sql = MIGRATIONS[step] ?? ''
    db.transaction(() => {
      db.exec(sql)
      db.pragma(`user_version = ${step + 1}`)
    })()
  }
}
