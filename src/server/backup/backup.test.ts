import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { databaseFile } from '../db/connection'
import type { DraftState } from '../db/contentRepository'
import { saveDocument } from '../drafts/editDraft'
import { openHall } from '../hall'
import { REPO_ROOT } from '../testing/childServer'
import { adminAndCurator, testServer } from '../testing/testServer'
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

describe('backup while curators keep saving', () => {
  it('copies a consistent database mid-stream of saves: intact, and its draft one whole save', {
    timeout: 60_000,
  }, async () => {
    const server = testServer()
    roots.push(server.root)
    const { admin } = await adminAndCurator(server)
    const sent = new Set<string>()
    const saved = new Set<string>()
    let stop = false
    let firstSave: () => void = () => {}
    const firstSaved = new Promise<void>((resolve) => {
      firstSave = resolve
    })
    // Saves through the API, one after another, for as long as the backup runs.
    const saving = (async () => {
      let n = 0
      while (!stop) {
        const draft = (await (await admin.call('GET', '/api/draft')).json()) as DraftState
        const title = `Saved during the backup ${++n}`
        const document = structuredClone(draft.document)
        for (const exhibit of document.exhibits) exhibit.title.en = title
        sent.add(title)
        const response = await admin.call('PUT', '/api/draft', { json: { baseVersion: draft.version, document } })
        if (response.ok) saved.add(title)
        firstSave()
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    await firstSaved
    const backups: string[] = []
    for (let i = 0; i < 5; i++) {
      const backupDir = join(server.root, `backup-${i}`)
      await backupDataDir(server.dataDir, backupDir)
      backups.push(backupDir)
    }
    stop = true
    await saving
    expect(saved.size).toBeGreaterThan(0)

    for (const backupDir of backups) {
      expect(integrityProblems(databaseFile(backupDir))).toEqual([])
      const hall = openHall({ dataDir: backupDir, distDir: server.distDir })
      const { document, revisionId } = hall.content.draft()
      const titles = new Set(document.exhibits.map((exhibit) => exhibit.title.en))
      hall.db.close()
      // One save throughout, never exhibits from two saves; and the revision it names holds exactly it.
      expect(titles.size).toBe(1)
      const [title = ''] = titles
      expect(sent.has(title), `${title} was sent as a save`).toBe(true)
      const reopened = openHall({ dataDir: backupDir, distDir: server.distDir })
      expect(reopened.content.revision(revisionId)?.document).toEqual(document)
      reopened.db.close()
    }
  })
})

describe('the backup and restore commands', () => {
  it('npm run backup copies a running server’s data; npm run restore puts it back, keeping the replaced data', {
    timeout: 60_000,
  }, async () => {
    const server = testServer()
    roots.push(server.root)
    retitle(server.dataDir, server.distDir, 'Kept by the command')
    const out = join(server.root, 'by-command')
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/server/backup/cli.ts', ...args], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      })
    const backup = run('backup', '--data', server.dataDir, '--out', out)
    expect(backup.status, backup.stderr).toBe(0)
    expect(backup.stdout).toContain('Backed up')
    retitle(server.dataDir, server.distDir, 'Changed after the backup')
    server.hall.db.close()

    const restore = run('restore', '--data', server.dataDir, '--from', out)
    expect(restore.status, restore.stderr).toBe(0)
    expect(restore.stdout).toMatch(/previous data is kept in /)
    expect(draftTitle(server.dataDir, server.distDir)).toBe('Kept by the command')

    const refused = run('restore', '--data', server.dataDir, '--from', join(server.root, 'no-such-backup'))
    expect(refused.status).toBe(1)
    expect(draftTitle(server.dataDir, server.distDir)).toBe('Kept by the command')
  })
})
