import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { databaseFile, openDatabase } from '../db/connection'
import { MIGRATIONS } from '../db/migrations'

/** The folders beside the database that a backup carries: uploaded media and fonts cut for the published text. */
const FOLDERS = ['media', 'fonts'] as const

/** sqlite3_backup_step's largest count: every page that is left. */
const ALL_PAGES = 0x7fffffff

export interface BackupReport {
  outDir: string
  files: number
}

/**
 * Copies a data directory, safely while the server runs: SQLite's online backup gives a consistent database even
 * mid-save, and media and fonts are never changed once written (new ones get new names).
 */
export async function backupDataDir(dataDir: string, outDir: string): Promise<BackupReport> {
  if (!existsSync(databaseFile(dataDir))) throw new Error(`No exhibition database in ${dataDir}`)
  if (existsSync(outDir) && readdirSync(outDir).length > 0)
    throw new Error(`${outDir} is not empty: choose a new folder`)
  mkdirSync(outDir, { recursive: true })
  const db = new Database(databaseFile(dataDir), { readonly: true, fileMustExist: true })
  try {
    // All pages in one step, under one read transaction. Copied a hundred pages at a time (the default), the
    // backup starts over whenever a save lands between two steps, and never ends while curators keep saving.
    await db.backup(databaseFile(outDir), { progress: () => ALL_PAGES })
  } finally {
    db.close()
  }
  let files = 1
  for (const folder of FOLDERS) {
    const from = join(dataDir, folder)
    if (!existsSync(from)) continue
    cpSync(from, join(outDir, folder), { recursive: true })
    files += readdirSync(from, { recursive: true }).length
  }
  return { outDir, files }
}

/** Whether a database file passes SQLite's own integrity check (SQLite's own words: for tests and logs). */
export function integrityProblems(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[]
    return rows.map((row) => row.integrity_check).filter((result) => result !== 'ok')
  } finally {
    db.close()
  }
}

/** Uploaded files have generated names (media/acceptUpload.ts); a document naming one needs that very file. */
const UPLOADED_MEDIA = /media\/[0-9a-f]{24}(?:-thumb)?\.(?:webp|glb)/g

const damaged = (backupDir: string, why: string) =>
  new Error(
    `The backup in ${backupDir} is damaged: ${why}. It may have been cut short or changed after it was made. ` +
      'Nothing was replaced; restore another backup.',
  )

/**
 * Reads a backup without changing it, and says in words what is wrong with it: not a backup, damaged, from a newer
 * server. Returns the uploaded media its exhibition uses (the media table, and the drafts and revisions) that the
 * backup's media folder lacks.
 */
export function checkBackup(backupDir: string): { missingMedia: string[] } {
  if (!existsSync(backupDir)) throw new Error(`There is no backup at ${backupDir}.`)
  if (!existsSync(databaseFile(backupDir))) {
    throw new Error(
      `${backupDir} holds no exhibition database (hall.sqlite): it is not a folder \`npm run backup\` made.`,
    )
  }
  let db: Database.Database
  try {
    db = new Database(databaseFile(backupDir), { readonly: true, fileMustExist: true })
  } catch {
    throw damaged(backupDir, 'its database cannot be opened')
  }
  try {
    let intact: boolean
    try {
      intact = (db.pragma('integrity_check') as { integrity_check: string }[]).every(
        (row) => row.integrity_check === 'ok',
      )
    } catch {
      intact = false
    }
    if (!intact) throw damaged(backupDir, 'its database cannot be read whole')
    const version = Number(db.pragma('user_version', { simple: true }))
    if (version > MIGRATIONS.length) {
      throw new Error(`The backup in ${backupDir} was made by a newer version of the server: update it first.`)
    }
    let used: Set<string>
    try {
      used = new Set((db.prepare('SELECT src FROM media').all() as { src: string }[]).map((row) => row.src))
      const documents = db.prepare('SELECT document FROM revisions UNION ALL SELECT document FROM draft').all() as {
        document: string
      }[]
      for (const { document } of documents) for (const [src] of document.matchAll(UPLOADED_MEDIA)) used.add(src)
    } catch {
      throw new Error(
        `${backupDir} holds a database, but not an exhibition's: it is not a folder \`npm run backup\` made.`,
      )
    }
    const missingMedia = [...used].filter((src) => !existsSync(join(backupDir, src))).sort()
    return { missingMedia }
  } finally {
    db.close()
  }
}

/** A refusal that lists files: the first ten, and how many more. */
const listed = (files: string[]) =>
  files.length > 10 ? `${files.slice(0, 10).join(', ')} and ${files.length - 10} more` : files.join(', ')

export interface RestoreOptions {
  /** Restore a backup that lacks some of its media anyway (those pictures and models will be missing). */
  allowMissingMedia?: boolean
  now?: Date
}

export interface RestoreReport {
  /** Where the replaced data directory was kept, or null when there was none. */
  keptAs: string | null
  /** Media the exhibition uses that the backup lacked (restored anyway only with `allowMissingMedia`). */
  missingMedia: string[]
}

/**
 * Puts a backup in place of a data directory (with the server stopped). Everything is checked before anything is
 * replaced: the backup's database must be whole, and its media complete (unless allowed otherwise). The copy is made
 * and opened beside the data directory first, then swapped in; the current directory is kept beside it, renamed, so
 * a restore never destroys anything.
 */
export function restoreDataDir(backupDir: string, dataDir: string, options: RestoreOptions = {}): RestoreReport {
  const { missingMedia } = checkBackup(backupDir)
  if (missingMedia.length > 0 && !options.allowMissingMedia) {
    throw new Error(
      `The backup in ${backupDir} lacks ${missingMedia.length} media file(s) its exhibition uses: ${listed(missingMedia)}. ` +
        'Nothing was replaced. Use a complete backup, or restore this one anyway with --allow-missing-media ' +
        '(those pictures and models will then be missing in the hall).',
    )
  }
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-')
  const staged = `${dataDir}.restoring-${stamp}`
  try {
    cpSync(backupDir, staged, { recursive: true })
    // Opening once brings an older backup's schema up to date and proves the restored directory works.
    openDatabase(staged).close()
  } catch (error) {
    rmSync(staged, { recursive: true, force: true })
    throw new Error(
      `The backup could not be copied beside ${dataDir} (${error instanceof Error ? error.message : error}). Nothing was replaced.`,
    )
  }
  let keptAs: string | null = null
  if (existsSync(dataDir)) {
    keptAs = `${dataDir}.before-restore-${stamp}`
    renameSync(dataDir, keptAs)
  }
  renameSync(staged, dataDir)
  return { keptAs, missingMedia }
}
