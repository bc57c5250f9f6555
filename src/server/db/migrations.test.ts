import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { databaseFile, openDatabase } from './connection'
import { MediaRepository } from './mediaRepository'
import { MIGRATIONS } from './migrations'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A data directory as a server of schema version 2 (accounts, before narration) left it, with one upload. */
function dataDirAtVersion2(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hall-migrations-'))
  dirs.push(dir)
  const db = new Database(databaseFile(dir))
  db.exec(MIGRATIONS[0] ?? '')
  db.exec(MIGRATIONS[1] ?? '')
  db.pragma('user_version = 2')
  db.prepare(
    "INSERT INTO users (id, email, name, role, password_hash, created_at) VALUES (1, 'a@example.org', 'A', 'admin', 'x', '2026-01-01')",
  ).run()
  db.prepare(
    "INSERT INTO media (id, kind, src, original_name, bytes, width, height, uploaded_by, created_at) VALUES ('p1', 'image', 'media/p1.webp', 'p.jpg', 10, 4, 3, 1, '2026-01-02')",
  ).run()
  db.close()
  return dir
}

describe('database migrations', () => {
  it('upgrades a version-2 database: uploads kept, recordings with their length accepted', () => {
    const db = openDatabase(dataDirAtVersion2())
    try {
      expect(Number(db.pragma('user_version', { simple: true }))).toBe(MIGRATIONS.length)
      const media = new MediaRepository(db)
      expect(media.list()).toEqual([
        expect.objectContaining({ id: 'p1', kind: 'image', src: 'media/p1.webp', width: 4, height: 3, seconds: null }),
      ])
      media.add(
        {
          id: 'a1',
          kind: 'audio',
          src: 'media/a1.ogg',
          originalName: 'take.ogg',
          bytes: 20,
          width: null,
          height: null,
          seconds: 4.5,
          createdAt: '2026-01-03',
        },
        1,
      )
      expect(media.list().find((record) => record.id === 'a1')?.seconds).toBe(4.5)
      // The accounts step's column survives the media table being rebuilt.
      expect(db.prepare('SELECT disabled_at FROM users WHERE id = 1').get()).toEqual({ disabled_at: null })
    } finally {
      db.close()
    }
  })
})
