import { cpSync, existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { databaseFile, openDatabase } from '../db/connection'

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

/** Whether a database file passes SQLite's own integrity check. */
export function integrityProblems(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[]
    return rows.map((row) => row.integrity_check).filter((result) => result !== 'ok')
  } finally {
    db.close()
  }
}

/**
 * Puts a backup in place of a data directory (with the server stopped). The backup is checked first; the current
 * directory is kept beside it, renamed, so a restore never destroys anything.
 */
export function restoreDataDir(backupDir: string, dataDir: string, now = new Date()): { keptAs: string | null } {
  const problems = integrityProblems(databaseFile(backupDir))
  if (problems.length > 0) throw new Error(`The backup's database is damaged: ${problems.join('; ')}`)
  let keptAs: string | null = null
  if (existsSync(dataDir)) {
    keptAs = `${dataDir}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`
    renameSync(dataDir, keptAs)
  }
  cpSync(backupDir, dataDir, { recursive: true })
  // Opening once brings an older backup's schema up to date and proves the restored directory works.
  openDatabase(dataDir).close()
  return { keptAs }
}
