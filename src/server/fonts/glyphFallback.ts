import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Hono } from 'hono'
import type { HallEnv } from '../api/env'

/**
 * Troika, which draws the hall's 3D text, looks up fonts for any character the hall font lacks (an emoji, a rare
 * symbol) in unicode-font-resolver data, and when that fails it retries a public CDN. These routes answer its
 * questions from here: no font covers such a character, so it falls back to "latin", whose one file is the hall's
 * own font. The character then shows as the font's empty box, and no request leaves the origin.
 */
export const FALLBACK_PATH = '/fonts/unicode-fallback'

/** The resolver's description of its "latin" font, pointing at the one file below. */
export const LATIN_META = [1, { id: 'latin', typeforms: { 'sans-serif': { normal: [400] } }, ranges: '20-7E' }] as const

export function glyphFallbackRoutes(fontFile: () => Promise<string>): Hono<HallEnv> {
  const routes = new Hono<HallEnv>()
  routes.get('/codepoint-index/*', (c) => {
    c.header('Cache-Control', 'public, max-age=86400')
    return c.json([1, {}])
  })
  routes.get('/font-meta/:name', (c) => {
    c.header('Cache-Control', 'public, max-age=86400')
    return c.json(LATIN_META)
  })
  routes.get('/font-files/*', async (c) => {
    const bytes = await readFile(await fontFile()).catch(() => undefined)
    if (!bytes) return c.notFound()
    c.header('Content-Type', 'font/woff')
    c.header('Cache-Control', 'no-cache')
    return c.body(bytes)
  })
  return routes
}

/**
 * The same answers as files, for a static export: the index for the planes visitors' text realistically uses (basic
 * and supplementary multilingual, emoji included), the "latin" description, and the hall font as its file.
 */
export async function writeGlyphFallback(outDir: string, fontFile: string): Promise<void> {
  const root = join(outDir, ...FALLBACK_PATH.split('/').filter(Boolean))
  for (const plane of [0, 1]) {
    const folder = join(root, 'codepoint-index', `plane${plane}`)
    await mkdir(folder, { recursive: true })
    for (let start = plane * 0x10000; start < (plane + 1) * 0x10000; start += 256) {
      await writeFile(join(folder, `${start.toString(16)}-${(start + 255).toString(16)}.json`), '[1,{}]')
    }
  }
  await mkdir(join(root, 'font-meta'), { recursive: true })
  await writeFile(join(root, 'font-meta', 'latin.json'), JSON.stringify(LATIN_META))
  await mkdir(join(root, 'font-files', 'latin'), { recursive: true })
  await copyFile(fontFile, join(root, 'font-files', 'latin', 'sans-serif.normal.400.woff'))
}
