import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

/** The weights the hall draws with: body text and titles. */
export const HALL_FONT_WEIGHTS = [400, 700] as const

/** The file name a weight's subset is written to, under the fonts folder. */
export const hallFontFile = (weight: number) => `hall-${weight}.woff`

function sourceFontPath(weight: number): string {
  // The chinese-simplified slice of Noto Sans SC also carries Latin glyphs, so one file serves both languages.
  return require.resolve(`@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-${weight}-normal.woff`)
}

/**
 * The OpenType layout features kept in a subset: those a browser's shaper (HarfBuzz) applies to horizontal text by
 * default. Troika applies every GPOS lookup a font holds whatever its feature, so Noto Sans SC's optional `halt` and
 * `palt` (half-width punctuation) would cut the advance of ：。；！？ to nothing and halve closing brackets in the
 * 3D text; vertical forms (`vert`, `vhal`, `vkrn`, ...) go too, as the hall sets no vertical text.
 */
export const HALL_FONT_FEATURES: readonly string[] = [
  'ccmp',
  'locl',
  'rlig',
  'liga',
  'clig',
  'calt',
  'rclt',
  'kern',
  'mark',
  'mkmk',
  'curs',
  'dist',
  'abvm',
  'blwm',
]

/** subset-font 2.9's options; its published types (@types/subset-font 2.3) predate `keepFeatures`. */
interface SubsetOptions {
  targetFormat: 'woff'
  keepFeatures: string[]
}

export interface SubsetReport {
  file: string
  bytes: number
}

/**
 * Writes WOFF subsets of Noto Sans SC holding exactly `glyphs`. WOFF, not WOFF2: troika (3D text) reads WOFF and
 * TTF only, and the HTML overlay uses the same files so a visitor fetches each weight once.
 */
export async function subsetHallFonts(glyphs: string, outDir: string): Promise<SubsetReport[]> {
  await mkdir(outDir, { recursive: true })
  // Loaded when a publish needs new glyphs, not at every start: restarting fast matters after a crash at an event.
  const { default: subsetFont } = await import('subset-font')
  const options: SubsetOptions = { targetFormat: 'woff', keepFeatures: [...HALL_FONT_FEATURES] }
  const reports: SubsetReport[] = []
  for (const weight of HALL_FONT_WEIGHTS) {
    const source = await readFile(sourceFontPath(weight))
    const subset = await subsetFont(source, glyphs, options)
    const file = join(outDir, hallFontFile(weight))
    await writeFile(file, subset)
    reports.push({ file, bytes: subset.length })
  }
  return reports
}
