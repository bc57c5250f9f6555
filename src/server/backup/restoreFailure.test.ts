import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { databaseFile } from '../db/connection'
import { openHall } from '../hall'
import { REPO_ROOT } from '../testing/childServer'
import { testServer } from '../testing/testServer'
import { backupDataDir, restoreDataDir } from './backup'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

/** A data directory with one uploaded picture that a revision uses, backed up; the server then stopped. */
async function backedUp() {
  const server = testServer()
  roots.push(server.root)
  const src = 'media/0123456789abcdef01234567.webp'
  mkdirSync(join(server.dataDir, 'media'), { recursive: true })
  writeFileSync(join(server.dataDir, src), 'picture bytes')
  server.hall.db
    .prepare(
      "INSERT INTO media (id, kind, src, original_name, bytes, width, height, created_at) VALUES ('0123456789abcdef01234567', 'image', ?, 'photo.png', 13, 1, 1, '2026-12-01')",
    )
    .run(src)
  const backupDir = join(server.root, 'backup')
  await backupDataDir(server.dataDir, backupDir)
  server.hall.db.close()
  // What the live data directory holds: it must be exactly this after a refused restore.
  const marker = join(server.dataDir, 'media', 'uploaded-after-the-backup.webp')
  writeFileSync(marker, 'newer picture')
  return { server, src, backupDir, marker }
}

/** A refused restore replaced nothing: the data directory is there and opens, nothing was set beside it. */
function expectUntouched(server: ReturnType<typeof testServer>, marker: string): void {
  expect(readFileSync(marker, 'utf8')).toBe('newer picture')
  expect(readdirSync(dirname(server.dataDir)).filter((name) => name.startsWith('data.'))).toEqual([])
  const hall = openHall({ dataDir: server.dataDir, distDir: server.distDir })
  expect(hall.content.draft().document.exhibits.length).toBeGreaterThan(0)
  hall.db.close()
}

const runRestore = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/server/backup/cli.ts', 'restore', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  })

describe('restoring a backup that is not whole', () => {
  it('says in words that a truncated backup is damaged, and replaces nothing', async () => {
    const { server, backupDir, marker } = await backedUp()
    const file = databaseFile(backupDir)
    truncateSync(file, Math.floor(readFileSync(file).length / 2))
    expect(() => restoreDataDir(backupDir, server.dataDir)).toThrow(
      `The backup in ${backupDir} is damaged: its database cannot be read whole. It may have been cut short or changed after it was made. Nothing was replaced; restore another backup.`,
    )
    expectUntouched(server, marker)
  })

  it('says the same of a backup garbled from its first byte, never SQLite’s own words', async () => {
    const { server, backupDir, marker } = await backedUp()
    const bytes = readFileSync(databaseFile(backupDir))
    bytes.fill(0x5a, 0, 4096)
    writeFileSync(databaseFile(backupDir), bytes)
    let message = ''
    try {
      restoreDataDir(backupDir, server.dataDir)
    } catch (error) {
      message = error instanceof Error ? error.message : String(error)
    }
    expect(message).toMatch(/is damaged: its database cannot be (opened|read whole)/)
    expect(message).not.toMatch(/malformed|SQLITE|file is not a database/i)
    expectUntouched(server, marker)
  })

  it('refuses a backup whose media files are missing, naming them, before anything is replaced', async () => {
    const { server, src, backupDir, marker } = await backedUp()
    rmSync(join(backupDir, src))
    expect(() => restoreDataDir(backupDir, server.dataDir)).toThrow(
      `The backup in ${backupDir} lacks 1 media file(s) its exhibition uses: ${src}. Nothing was replaced.`,
    )
    expectUntouched(server, marker)

    // Asked for explicitly, it is restored, and the report names what is missing.
    const report = restoreDataDir(backupDir, server.dataDir, { allowMissingMedia: true })
    expect(report.missingMedia).toEqual([src])
    expect(report.keptAs && readFileSync(join(report.keptAs, 'media', 'uploaded-after-the-backup.webp'), 'utf8')).toBe(
      'newer picture',
    )
    expect(existsSync(join(server.dataDir, 'media', 'uploaded-after-the-backup.webp'))).toBe(false)
  })

  it('a media file named only in a revision’s document counts too', async () => {
    const { server, backupDir, marker } = await backedUp()
    const hall = openHall({ dataDir: backupDir, distDir: server.distDir })
    const named = 'media/fedcba9876543210fedcba98.glb'
    hall.db.prepare('UPDATE draft SET document = json_set(document, ?, ?)').run('$.note', named)
    hall.db.close()
    expect(() => restoreDataDir(backupDir, server.dataDir)).toThrow(`uses: ${named}.`)
    expectUntouched(server, marker)
  })

  it('refuses a folder that is not a backup, and one that is not there', async () => {
    const { server, backupDir, marker } = await backedUp()
    rmSync(databaseFile(backupDir))
    expect(() => restoreDataDir(backupDir, server.dataDir)).toThrow(/holds no exhibition database/)
    expect(() => restoreDataDir(join(server.root, 'nowhere'), server.dataDir)).toThrow(/There is no backup at/)
    expectUntouched(server, marker)
  })

  it('npm run restore prints the reason, exits 1, and --allow-missing-media restores with a warning', {
    timeout: 60_000,
  }, async () => {
    const { server, src, backupDir, marker } = await backedUp()
    rmSync(join(backupDir, src))
    const refused = runRestore('--data', server.dataDir, '--from', backupDir)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain(`lacks 1 media file(s) its exhibition uses: ${src}`)
    expectUntouched(server, marker)

    const forced = runRestore('--data', server.dataDir, '--from', backupDir, '--allow-missing-media')
    expect(forced.status, forced.stderr).toBe(0)
    expect(forced.stderr).toContain(`Warning: these media files were missing from the backup: ${src}`)

    const garbled = readFileSync(databaseFile(backupDir))
    garbled.fill(0x00, 0, 100)
    writeFileSync(databaseFile(backupDir), garbled)
    const damaged = runRestore('--data', server.dataDir, '--from', backupDir)
    expect(damaged.status).toBe(1)
    expect(damaged.stderr).toMatch(/is damaged/)
    expect(damaged.stderr).not.toMatch(/malformed/)
  })
})
