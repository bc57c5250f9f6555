import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { glyphsFor } from '../../content/glyphs'
import type { Exhibition } from '../../content/schema'
import { HALL_FONT_FEATURES, hallFontFile, subsetHallFonts } from './subsetFonts'

/**
 * Font subsets for published content, kept in the data directory under a hash of their glyphs: two revisions with
 * the same characters share one subset, and a subset is complete before any document that needs it is published.
 */
export class PublishedFonts {
  private readonly pending = new Map<string, Promise<string>>()

  constructor(
    private readonly dataDir: string,
    private readonly distDir: string,
  ) {}

  /** The folder holding the subsets for `exhibition`, generating them first if they do not exist. */
  ensure(exhibition: Exhibition): Promise<string> {
    const glyphs = glyphsFor(exhibition)
    const dir = this.dirFor(glyphs)
    if (existsSync(dir)) return Promise.resolve(dir)
    const running = this.pending.get(dir)
    if (running) return running
    const task = this.generate(glyphs, dir).finally(() => this.pending.delete(dir))
    this.pending.set(dir, task)
    return task
  }

  /**
   * The file to serve for `fonts/generated/<file>`: the published content's subset when it exists, else the one
   * built with the app (which covers the default exhibition).
   */
  fileFor(exhibition: Exhibition, file: string): string {
    const generated = join(this.dirFor(glyphsFor(exhibition)), file)
    return existsSync(generated) ? generated : join(this.distDir, 'fonts', 'generated', file)
  }

  private dirFor(glyphs: string): string {
    // The kept features are part of the key: subsets cut before a change of recipe are never served again.
    const hash = createHash('sha256')
      .update(HALL_FONT_FEATURES.join(','))
      .update('\n')
      .update(glyphs)
      .digest('hex')
      .slice(0, 16)
    return join(this.dataDir, 'fonts', hash)
  }

  private async generate(glyphs: string, dir: string): Promise<string> {
    // Written beside and renamed into place, so a request never finds a half-written folder.
    const temporary = `${dir}.tmp-${process.pid}`
    await rm(temporary, { recursive: true, force: true })
    await subsetHallFonts(glyphs, temporary)
    await rename(temporary, dir)
    return dir
  }
}

export { hallFontFile }
