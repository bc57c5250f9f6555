import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { databaseFile } from '../db/connection'
import { saveDocument } from '../drafts/editDraft'
import { openHall } from '../hall'
import { testServer } from '../testing/testServer'
import { backupDataDir, integrityProblems, restoreDataDir } from './backup'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

/** Changes the draft's first title directly through the repository, as a save would. */
function retitle(dataDir: string, distDir: string, title: string): void {
  const hall = openHall({ dataDir, distDir })
  const draft = hall.content.draft()
  const document = structuredClone(draft.document)
  const first = document.exhibits[0]
  if (!first) throw new Error('no exhibits')
  first.title.en = title
  const outcome = saveDocument(hall, { id: null, name: 'test' }, draft.version, document)
  hall.db.close()
  if (!outcome.ok) throw new Error(outcome.error)
}

const draftTitle = (dataDir: string, distDir: string): string | undefined => {
  const hall = openHall({ dataDir, distDir })
  const title = hall.content.draft().document.exhibits[0]?.title.en
  hall.db.close()
  return title
}

describe('backup and restore of the data directory', () => {
  it('backs up while the server has the database open, and restores exactly that state', async () => {
    const server = testServer()
    roots.push(server.root)
    mkdirSync(join(server.dataDir, 'media'), { recursive: true })
    writeFileSync(join(server.dataDir, 'media', 'upload.webp'), 'picture bytes')
    retitle(server.dataDir, server.distDir, 'Before the backup')

    // The server's own connection stays open throughout: an online backup.
    const backupDir = join(server.root, 'backup')
    const report = await backupDataDir(server.dataDir, backupDir)
    expect(report.files).toBeGreaterThanOrEqual(2)
    expect(integrityProblems(databaseFile(backupDir))).toEqual([])
    expect(readFileSync(join(backupDir, 'media', 'upload.webp'), 'utf8')).toBe('picture bytes')

    retitle(server.dataDir, server.distDir, 'After the backup')
    server.hall.db.close()

    const { keptAs } = restoreDataDir(backupDir, server.dataDir)
    expect(draftTitle(server.dataDir, server.distDir)).toBe('Before the backup')
    // Nothing is lost: the replaced directory is still there, with the later edit in it.
    expect(keptAs && draftTitle(keptAs, server.distDir)).toBe('After the backup')
  })

  it('refuses a damaged backup and leaves the data directory alone', async () => {
    const server = testServer()
    roots.push(server.root)
    const backupDir = join(server.root, 'backup')
    await backupDataDir(server.dataDir, backupDir)
    const bytes = readFileSync(databaseFile(backupDir))
    // Scribble over the middle of the file, past SQLite's header.
    bytes.fill(0x5a, 4096, Math.min(bytes.length, 12288))
    writeFileSync(databaseFile(backupDir), bytes)
    expect(() => restoreDataDir(backupDir, server.dataDir)).toThrow()
    expect(existsSync(databaseFile(server.dataDir))).toBe(true)
    server.hall.db.close()
    expect(draftTitle(server.dataDir, server.distDir)).toBeTruthy()
  })

  it('will not back up into a folder that already holds files', async () => {
    const server = testServer()
    roots.push(server.root)
    const backupDir = join(server.root, 'backup')
    mkdirSync(backupDir)
    writeFileSync(join(backupDir, 'something'), 'x')
    await expect(backupDataDir(server.dataDir, backupDir)).rejects.toThrow(/not empty/)
  })
})
