import { describe, expect, it } from 'vitest'
import doc from '../content/default-exhibition.json'
import { glyphsFor } from '../content/glyphs'
import { INTERACTIVE_STRINGS } from '../content/interactiveStrings'
import { parseExhibition } from '../content/parse'
import { INTERACTIVE_TYPES } from '../content/schema'
import { INTERACTIVE_VIEWS } from './registry'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort()

describe('the interactive exhibits', () => {
  it('have a desktop and a headset view for every type the schema allows', () => {
    expect(Object.keys(INTERACTIVE_VIEWS).sort()).toEqual([...INTERACTIVE_TYPES].sort())
    for (const type of INTERACTIVE_TYPES) {
      expect(INTERACTIVE_VIEWS[type].Desktop, type).toBeDefined()
      expect(INTERACTIVE_VIEWS[type].VR, type).toBeDefined()
    }
  })

  it('each stand once in the default exhibition', () => {
    const result = parseExhibition(doc)
    if (!result.ok) throw new Error('the default exhibition is invalid')
    const types = result.exhibition.exhibits.flatMap((exhibit) =>
      exhibit.interactive ? [exhibit.interactive.type] : [],
    )
    expect(types.sort()).toEqual([...INTERACTIVE_TYPES].sort())
    for (const exhibit of result.exhibition.exhibits) {
      expect(exhibit.kind === 'interactive', exhibit.id).toBe(exhibit.interactive !== undefined)
    }
  })

  it('label everything in both languages, with the same placeholders in each', () => {
    for (const [group, entries] of Object.entries(INTERACTIVE_STRINGS)) {
      for (const [key, text] of Object.entries(entries)) {
        expect(text.zh.trim(), `${group}.${key}.zh`).not.toBe('')
        expect(text.en.trim(), `${group}.${key}.en`).not.toBe('')
        expect(placeholders(text.zh), `${group}.${key}`).toEqual(placeholders(text.en))
      }
    }
  })

  it('draw only glyphs the hall fonts are cut to, so a headset never asks for a missing one', () => {
    const result = parseExhibition(doc)
    if (!result.ok) throw new Error('the default exhibition is invalid')
    const glyphs = new Set(glyphsFor(result.exhibition))
    const missing = new Set<string>()
    for (const entries of Object.values(INTERACTIVE_STRINGS)) {
      for (const text of Object.values(entries)) {
        for (const char of text.zh + text.en) if (!glyphs.has(char)) missing.add(char)
      }
    }
    // Figures are drawn from ASCII digits, signs and units, which the base set holds.
    for (const char of '0123456789.-%×°±') if (!glyphs.has(char)) missing.add(char)
    expect([...missing]).toEqual([])
  })
})
