import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import defaultExhibition from './default-exhibition.json' with { type: 'json' }
import { glyphsFor } from './glyphs'
import { parseExhibition } from './parse'

/** The visitor app's sources: what the hall's fonts, cut down to `glyphsFor`, have to draw. */
function visitorSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return ['studio', 'server'].includes(entry.name) ? [] : visitorSources(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

describe('the hall fonts’ glyphs', () => {
  it('hold every Chinese character the visitor app writes anywhere, so no label shows empty boxes', () => {
    const parsed = parseExhibition(defaultExhibition)
    if (!parsed.ok) throw new Error('the default exhibition does not parse')
    const glyphs = new Set(glyphsFor(parsed.exhibition))
    const missing = new Map<string, string>()
    for (const file of visitorSources(join(import.meta.dirname, '..'))) {
      for (const char of readFileSync(file, 'utf8').match(/[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/gu) ?? []) {
        if (!glyphs.has(char) && !missing.has(char)) missing.set(char, file)
      }
    }
    expect([...missing].map(([char, file]) => `${char} (${file})`)).toEqual([])
  })
})
