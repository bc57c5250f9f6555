/** `npm run export -- --out <folder>`: the published exhibition as a static site (see exportStatic.ts). */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openHall } from '../hall'
import { exportStatic } from './exportStatic'

const { values } = parseArgs({
  options: { out: { type: 'string' }, data: { type: 'string' }, dist: { type: 'string' } },
  strict: true,
})
if (!values.out) {
  console.error('Usage: npm run export -- --out <folder> [--data <data dir>] [--dist <built app>]')
  process.exit(2)
}
const hall = openHall({
  dataDir: resolve(values.data ?? process.env.DATA_DIR ?? 'data'),
  distDir: resolve(values.dist ?? process.env.DIST_DIR ?? 'dist'),
})
try {
  const report = await exportStatic(hall, resolve(values.out))
  console.log(
    `Exported published revision ${report.revisionId} to ${report.outDir} (${report.media.length} media files).`,
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  hall.db.close()
}
