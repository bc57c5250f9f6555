import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import bidiFactory from 'bidi-js'
import fontParser from 'troika-three-text/src/FontParser.js'
import { createTypesetter, type TypesetResult } from 'troika-three-text/src/Typesetter.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import defaultExhibition from '../../content/default-exhibition.json' with { type: 'json' }
import { glyphsFor } from '../../content/glyphs'
import { parseExhibition } from '../../content/parse'
import { HALL_FONT_WEIGHTS, hallFontFile, subsetHallFonts } from './subsetFonts'

/** Chinese with the full-width marks and brackets that halt/palt used to collapse. */
const MARKED = '中：文。字！中？（注）'
/** Every full-width mark the hall's base glyph set carries, between ideographs. */
const ALL_MARKS = '中、文，字；中《注》中「注」中『注』中【注】中〈注〉中'

/** Typesets `text` at 1 em with troika's own typesetter, over one parsed font, as the hall's 3D text is set. */
function typeset(font: Awaited<ReturnType<typeof parseFont>>, text: string): TypesetResult {
  const { typeset } = createTypesetter(null, bidiFactory())
  let result: TypesetResult | null = null
  typeset(
    {
      text,
      fontSize: 1,
      preResolvedFonts: { chars: new Uint8Array(text.length), fonts: [Object.assign(font, { src: 'hall' })] },
    },
    (done) => {
      result = done
    },
  )
  if (!result) throw new Error('troika did not typeset synchronously')
  return result
}

async function parseFont(file: string) {
  // troika's bundled Typr looks for the worker global `self`, which Node lacks.
  const global = globalThis as { self?: unknown }
  global.self ??= globalThis
  const parse = await fontParser.onMainThread._getInitResult()
  const bytes = await readFile(file)
  return parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
}

/**
 * Each drawn glyph's ink from left to right (em) and its advance: how far the next glyph's origin sits from its own,
 * as troika places them after applying the font's positioning (the last glyph has no next, so no advance).
 */
function layout(result: TypesetResult, unitsPerEm: number) {
  const glyphs = result.glyphData.hall ?? {}
  const origins = Array.from(result.glyphIds, (_, i) => result.glyphPositions[i * 2] ?? 0)
  const inks = Array.from(result.glyphIds, (id, i) => {
    const bounds = glyphs[id]?.pathBounds ?? [0, 0, 0, 0]
    return { left: (origins[i] ?? 0) + bounds[0] / unitsPerEm, right: (origins[i] ?? 0) + bounds[2] / unitsPerEm }
  })
  const advances = origins.slice(1).map((next, i) => next - (origins[i] ?? 0))
  return { advances, inks }
}

describe.each(HALL_FONT_WEIGHTS)('the hall font at weight %i, cut as the build and a publish cut it', (weight) => {
  let dir = ''
  let font: Awaited<ReturnType<typeof parseFont>>
  beforeAll(async () => {
    const parsed = parseExhibition(defaultExhibition)
    if (!parsed.ok) throw new Error('the default exhibition is invalid')
    dir = await mkdtemp(join(tmpdir(), 'hall-fonts-'))
    await subsetHallFonts(glyphsFor(parsed.exhibition), dir)
    font = await parseFont(join(dir, hallFontFile(weight)))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it.each([MARKED, ALL_MARKS])(
    'gives every character of %s a full em, each drawn where the next cannot cover it',
    (text) => {
      const result = typeset(font, text)
      const { advances, inks } = layout(result, font.unitsPerEm)
      // Every character is drawn: a mark made only of round contours (。：) is not lost by the parser.
      expect(inks).toHaveLength([...text].length)
      // Every advance is positive, and full-width characters keep their full width: no mark collapses to nothing, no
      // bracket is halved.
      for (const advance of advances) expect(advance).toBeGreaterThan(0)
      expect(advances.map((advance) => Number(advance.toFixed(3)))).toEqual(advances.map(() => 1))
      for (let i = 1; i < inks.length; i++) {
        expect(inks[i]?.left ?? 0, `${[...text][i - 1]} and ${[...text][i]} overlap`).toBeGreaterThanOrEqual(
          inks[i - 1]?.right ?? 0,
        )
      }
    },
  )
})
