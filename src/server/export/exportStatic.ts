import { existsSync } from 'node:fs'
import { copyFile, cp, mkdir, readdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
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

async function prepareOutDir(outDir: string): Promise<void> {
  if (existsSync(outDir)) {
    const entries = await readdir(outDir)
    // Never empty a folder this command did not write: the path may be mistyped.
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new Error(`${outDir} is not empty and is not an earlier export; choose an empty or new folder.`)
    }
  }
  await mkdir(outDir, { recursive: true })
}

/**
 * Writes the published exhibition as a folder any static host can serve: the built app, the published document
 * at content/exhibition.json, the media it uses (pictures, models, narration recordings) and font subsets covering
 * its text. No server, no database.
 */
export async function exportStatic(hall: Hall, outDir: string): Promise<ExportReport> {
  if (!existsSync(join(hall.distDir, 'index.html'))) {
    throw new Error(`No built app in ${hall.distDir}: run \`npm run build\` first.`)
  }
  await prepareOutDir(outDir)
  // The studio needs the API, which a static host does not have: leave its page out.
  const studio = join(hall.distDir, 'studio')
  await cp(hall.distDir, outDir, { recursive: true, force: true, filter: (source) => source !== studio })

  const { revisionId, json } = hall.content.published()
  const document = hall.content.publishedDocument()
  await mkdir(join(outDir, 'content'), { recursive: true })
  await writeFile(join(outDir, 'content', 'exhibition.json'), json)

  const sources = new Set(
    document.exhibits.flatMap((exhibit) => [
      ...exhibit.media.map((media) => media.src),
      ...Object.values(exhibit.audio ?? {}).filter((src) => src !== undefined),
    ]),
  )
  const missing: string[] = []
  for (const src of sources) {
    const uploaded = join(hall.dataDir, src)
    if (existsSync(uploaded)) {
      await mkdir(dirname(join(outDir, src)), { recursive: true })
      await copyFile(uploaded, join(outDir, src))
    } else if (!existsSync(join(outDir, src))) {
      missing.push(src)
    }
  }
  if (missing.length > 0) throw new Error(`The published exhibition uses media that are missing: ${missing.join(', ')}`)

  const fontDir = await hall.fonts.ensure(document)
  await mkdir(join(outDir, 'fonts', 'generated'), { recursive: true })
  for (const weight of HALL_FONT_WEIGHTS) {
    await copyFile(join(fontDir, hallFontFile(weight)), join(outDir, 'fonts', 'generated', hallFontFile(weight)))
  }
  await writeGlyphFallback(outDir, join(fontDir, hallFontFile(400)))
  await writeFile(join(outDir, MARKER), `revision ${revisionId}\n`)
  return { outDir, revisionId, media: [...sources].sort() }
}
