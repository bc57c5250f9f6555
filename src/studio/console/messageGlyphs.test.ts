import { describe, expect, it } from 'vitest'
import defaultExhibition from '../../content/default-exhibition.json'
import { parseExhibition } from '../../content/parse'
import { missingGlyphs } from './messageGlyphs'

const parsed = parseExhibition(defaultExhibition)
if (!parsed.ok) throw new Error('the default exhibition does not parse')
const exhibition = parsed.exhibition

describe('a staff message in the hall font', () => {
  it('finds nothing missing in words the hall already shows', () => {
    expect(missingGlyphs(exhibition, exhibition.title.zh)).toEqual([])
    expect(missingGlyphs(exhibition, 'The hall closes in 10 minutes')).toEqual([])
  })

  it('names each character the fonts lack, once, in the order typed', () => {
    // Characters of no exhibition text or interface label: a rare character and an emoji.
    expect(missingGlyphs(exhibition, '龘 🎉 龘')).toEqual(['龘', '🎉'])
  })
})
