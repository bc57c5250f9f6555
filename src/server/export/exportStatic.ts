import { existsSync } from 'node:fs'
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { NO_LIVE_SERVER_META } from '../../content/presence'
import { writeGlyphFallback } from '../fonts/glyphFallback'
import { HALL_FONT_WEIGHTS, hallFontFile } from '../fonts/subsetFonts'
import type { Hall } from '../hall'

/** Left in every export, so a later export may replace the folder without asking. */
const MARKER = '.metaverse-hall-export'

export interface ExportReport {
  outDir: string
  revisionId: number
  media: string[]
}

/** Refuses before anything is written: the folder must be new, empty, or an earlier export. */
async function checkOutDir(outDir: string): Promise<void> {
  if (!existsSync(outDir)) return
  const entries = await readdir(outDir)
  // Never replace a folder this command did not write: the path may be mistyped.
  if (entries.length > 0 && !entries.includes(MARKER)) {
    throw new Error(`${outDir} is not empty and is not an earlier export; choose an empty or new folder.`)
  }
}

/**
 * Writes the published exhibition as a folder any static host can serve: the built app, the published document
 * at content/exhibition.json, the media it uses (pictures, models, narration recordings) and font subsets covering
 * its text. No server, no database. The site is written into a folder beside `outDir` and moved into place only
 * once whole, so a failed export (a missing file, a full disk) leaves no partial site and keeps an earlier export.
 */
export async function exportStatic(hall: Hall, outDir: string): Promise<ExportReport> {
  if (!existsSync(join(hall.distDir, 'index.html'))) {
    throw new Error(`No built app in ${hall.distDir}: run \`npm run build\` first.`)
  }
  await checkOutDir(outDir)
  await mkdir(dirname(outDir), { recursive: true })
  // Beside the target, on the same file system, so the final move is one rename.
  const staging = await mkdtemp(join(dirname(outDir), `.${basename(outDir)}.exporting-`))
  try {
    const report = await writeSite(hall, staging)
    if (existsSync(outDir)) {
      const old = `${staging}-replaced`
      await rename(outDir, old)
      await rename(staging, outDir)
      await rm(old, { recursive: true, force: true })
    } else {
      await rename(staging, outDir)
    }
    return { ...report, outDir }
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    throw error
  }
}

/**
 * A static host has no hall server: no presence, no studio API. Said in the page itself (PRESENCE_META, read by
 * src/presence/liveServer.ts) so its visitors' browsers never ask for what cannot answer.
 */
async function markNoLiveServer(indexFile: string): Promise<void> {
  const html = await readFile(indexFile, 'utf8')
  const meta = `<meta name="${NO_LIVE_SERVER_META}" content="static" />`
  if (!html.includes('</head>'))
    throw new Error(`${indexFile} has no </head>: the build is damaged, run npm run build.`)
  await writeFile(indexFile, html.replace('</head>', `    ${meta}\n  </head>`))
}

async function writeSite(hall: Hall, outDir: string): Promise<ExportReport> {
  const { revisionId, json } = hall.content.published()
  const document = hall.content.publishedDocument()
  const sources = new Set(
    document.exhibits.flatMap((exhibit) => [
      ...exhibit.media.map((media) => media.src),
      ...Object.values(exhibit.audio ?? {}).filter((src) => src !== undefined),
    ]),
  )
  // Uploaded media come from the data directory, the app's own from the build; checked before anything is copied.
  const origin = (src: string) =>
    [join(hall.dataDir, src), join(hall.distDir, src)].find((path) => existsSync(path)) ?? null
  const missing = [...sources].filter((src) => origin(src) === null).sort()
  if (missing.length > 0) {
    throw new Error(
      `The published exhibition uses media that are missing: ${missing.join(', ')}. Nothing was exported; ` +
        'upload them again (or remove them from the exhibits) and publish, then export again.',
    )
  }

  // The studio needs the API, which a static host does not have: leave its page out.
  const studio = join(hall.distDir, 'studio')
  await cp(hall.distDir, outDir, { recursive: true, force: true, filter: (source) => source !== studio })
  await markNoLiveServer(join(outDir, 'index.html'))
  await mkdir(join(outDir, 'content'), { recursive: true })
  await writeFile(join(outDir, 'content', 'exhibition.json'), json)
  for (const src of sources) {
    const from = origin(src)
    if (!from) throw new Error(`${src} went missing during the export. Nothing was exported.`)
    await mkdir(dirname(join(outDir, src)), { recursive: true })
    await copyFile(from, join(outDir, src))
  }

  const fontDir = await hall.fonts.ensure(document)
  await mkdir(join(outDir, 'fonts', 'generated'), { recursive: true })
  for (const weight of HALL_FONT_WEIGHTS) {
    await copyFile(join(fontDir, hallFontFile(weight)), join(outDir, 'fonts', 'generated', hallFontFile(weight)))
  }
  await writeGlyphFallback(outDir, join(fontDir, hallFontFile(400)))
  await writeFile(join(outDir, MARKER), `revision ${revisionId}\n`)
  return { outDir, revisionId, media: [...sources].sort() }
}
