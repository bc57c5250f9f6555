/**
 * `npm run backup -- --out <folder>` copies the data directory (safe while the server runs);
 * `npm run restore -- --from <folder>` puts a backup in place (stop the server first; the old one is kept).
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { backupDataDir, restoreDataDir } from './backup'

const [command, ...rest] = process.argv.slice(2)
const { values } = parseArgs({
  args: rest,
  options: {
    out: { type: 'string' },
    from: { type: 'string' },
    data: { type: 'string' },
    'allow-missing-media': { type: 'boolean' },
  },
  strict: true,
})
const dataDir = resolve(values.data ?? process.env.DATA_DIR ?? 'data')
try {
  if (command === 'backup' && values.out) {
    const report = await backupDataDir(dataDir, resolve(values.out))
    console.log(`Backed up ${dataDir} to ${report.outDir} (${report.files} files).`)
  } else if (command === 'restore' && values.from) {
    const { keptAs, missingMedia } = restoreDataDir(resolve(values.from), dataDir, {
      allowMissingMedia: values['allow-missing-media'],
    })
    console.log(`Restored ${dataDir} from ${values.from}.${keptAs ? ` The previous data is kept in ${keptAs}.` : ''}`)
    if (missingMedia.length > 0) {
      console.warn(`Warning: these media files were missing from the backup: ${missingMedia.join(', ')}`)
    }
  } else {
    console.error(
      'Usage: npm run backup -- --out <folder>   |   npm run restore -- --from <folder> [--allow-missing-media]   [--data <data dir>]',
    )
    process.exitCode = 2
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
