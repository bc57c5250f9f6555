import { INTERACTIVE_STRINGS } from './interactiveStrings'
import { KIOSK_STRINGS } from './kioskStrings'
import { PREFLIGHT_STRINGS } from './preflightStrings'
import { PRESENCE_STRINGS } from './presenceStrings'
import type { Exhibition } from './schema'
import { UI_STRINGS } from './uiStrings'

/** Printable ASCII and the punctuation Chinese text uses, so labels and numbers never miss a glyph. */
const ALWAYS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~“”‘’…—–·、。，：；！？（）《》「」『』【】〈〉'

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, out)
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) collectStrings(item, out)
}

/**
 * Every character the hall can draw for this exhibition: its texts, the interface labels and a base set.
 * The hall's fonts are cut down to these, so a visitor downloads only the glyphs that will be shown.
 */
export function glyphsFor(exhibition: Exhibition): string {
  const strings: string[] = [ALWAYS]
  collectStrings(exhibition, strings)
  collectStrings(UI_STRINGS, strings)
  collectStrings(INTERACTIVE_STRINGS, strings)
  collectStrings(KIOSK_STRINGS, strings)
  collectStrings(PRESENCE_STRINGS, strings)
  collectStrings(PREFLIGHT_STRINGS, strings)
  const unique = new Set<string>()
  for (const text of strings) for (const char of text) if (char >= ' ') unique.add(char)
  return [...unique].sort().join('')
}
