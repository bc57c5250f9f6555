import { glyphsFor } from '../../content/glyphs'
import type { Exhibition } from '../../content/schema'

/**
 * The characters of a staff message that the hall's fonts lack: the fonts are cut to the published exhibition's
 * glyphs (src/content/glyphs), so a headset draws these as empty boxes. In the order typed, each once.
 */
export function missingGlyphs(exhibition: Exhibition, text: string): string[] {
  const drawn = new Set(glyphsFor(exhibition))
  const missing = new Set<string>()
  for (const char of text) if (char.trim() !== '' && !drawn.has(char)) missing.add(char)
  return [...missing]
}
