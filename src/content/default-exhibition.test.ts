import { existsSync, readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CAPTION_LINE_EMS, CAPTION_LINES } from '../captions/captionLayout'
import { textEms } from '../xrkit/paging'
import doc from './default-exhibition.json'
import { captionSentences } from './narration'
import { describeProblems, parseExhibition } from './parse'
import type { Exhibition } from './schema'

const SEED_URL = new URL('../../../shared/seed/metaverse-proposal-2022.txt', import.meta.url)
const PUBLIC_URL = new URL('../../public/', import.meta.url)

const LIMITS = { titleEn: 42, titleZh: 18, summaryEn: 200, summaryZh: 80 } as const

function parsed(): Exhibition {
  const result = parseExhibition(doc)
  if (!result.ok) throw new Error(`default exhibition is invalid:\n${describeProblems(result.problems)}`)
  return result.exhibition
}

const length = (text: string) => [...text].length
const words = (text: string) => text.split(/\s+/).filter(Boolean).length
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

/** Every string in a value, with a readable path, skipping the paths `skip` names. */
function strings(value: unknown, path: string, skip: (path: string) => boolean, out: [string, string][] = []) {
  if (skip(path)) return out
  if (typeof value === 'string') out.push([path, value])
  else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) strings(item, `${path}[${index}]`, skip, out)
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) strings(item, path ? `${path}.${key}` : key, skip, out)
  }
  return out
}

/** 0 faces south (+z), 90 faces east (+x). */
describe('default exhibition', () => {
  const exhibition = parsed()
  const source = exhibition.sources.find((candidate) => candidate.id === 'capd-proposal-2022')

  it('parses against the exhibition schema', () => {
    const result = parseExhibition(doc)
    expect(result.ok ? [] : result.problems).toEqual([])
    expect(exhibition.id).toBe('metaverse-proposal-2022')
    expect(exhibition.exhibits.length).toBeGreaterThanOrEqual(14)
    expect(exhibition.exhibits.length).toBeLessThanOrEqual(21)
  })

  it('has exactly one source, the CAPD proposal', () => {
    expect(exhibition.sources.map((candidate) => candidate.id)).toEqual(['capd-proposal-2022'])
    expect(source?.note?.en).toMatch(/China Association for Promoting Democracy/)
    expect(source?.note?.zh).toMatch(/中国民主促进会/)
  })

  it('gives every exhibit a title, summary and body in both languages', () => {
    for (const exhibit of exhibition.exhibits) {
      for (const field of ['title', 'summary', 'body'] as const) {
        expect(exhibit[field].zh.trim(), `${exhibit.id}.${field}.zh`).not.toBe('')
        expect(exhibit[field].en.trim(), `${exhibit.id}.${field}.en`).not.toBe('')
      }
    }
  })

  it('keeps titles and summaries short enough for the 3D panels', () => {
    for (const { id, title, summary } of exhibition.exhibits) {
      expect(length(title.en), `${id} title.en`).toBeLessThanOrEqual(LIMITS.titleEn)
      expect(length(title.zh), `${id} title.zh`).toBeLessThanOrEqual(LIMITS.titleZh)
      expect(length(summary.en), `${id} summary.en`).toBeLessThanOrEqual(LIMITS.summaryEn)
      expect(length(summary.zh), `${id} summary.zh`).toBeLessThanOrEqual(LIMITS.summaryZh)
    }
  })

  it('writes bodies as 2 to 4 plain paragraphs of 80 to 220 English words', () => {
    for (const { id, body } of exhibition.exhibits) {
      for (const language of ['zh', 'en'] as const) {
        const count = paragraphs(body[language]).length
        expect(count, `${id} body.${language} paragraphs`).toBeGreaterThanOrEqual(2)
        expect(count, `${id} body.${language} paragraphs`).toBeLessThanOrEqual(4)
        expect(body[language], `${id} body.${language} must be plain text`).not.toMatch(/<[a-z/!]|\*\*|^#|\]\(/im)
      }
      expect(words(body.en), `${id} body.en words`).toBeGreaterThanOrEqual(80)
      expect(words(body.en), `${id} body.en words`).toBeLessThanOrEqual(220)
    }
  })

  it('narrates every exhibit in both languages, in a few sentences that each fit the caption strip', () => {
    for (const { id, narration, summary } of exhibition.exhibits) {
      for (const language of ['zh', 'en'] as const) {
        const sentences = captionSentences(narration[language])
        expect(sentences.length, `${id} narration.${language} sentences`).toBeGreaterThanOrEqual(2)
        expect(sentences.length, `${id} narration.${language} sentences`).toBeLessThanOrEqual(5)
        for (const sentence of sentences) {
          const lines = Math.ceil(textEms(sentence) / CAPTION_LINE_EMS)
          expect(lines, `${id} narration.${language}: "${sentence}"`).toBeLessThanOrEqual(CAPTION_LINES)
        }
        // Written for the ear, not the stand's summary copied over (which is what a migrated v1 document holds).
        expect(narration[language], `${id} narration.${language}`).not.toBe(summary[language])
      }
      expect(length(narration.zh), `${id} narration.zh`).toBeLessThanOrEqual(110)
      expect(words(narration.en), `${id} narration.en words`).toBeGreaterThanOrEqual(25)
      expect(words(narration.en), `${id} narration.en words`).toBeLessThanOrEqual(70)
    }
  })

  it('ships narration audio as small mono Ogg files under public/media/narration', () => {
    const audio = exhibition.exhibits.flatMap((exhibit) => Object.values(exhibit.audio ?? {}))
    expect(audio.length).toBeGreaterThanOrEqual(1)
    for (const src of audio) {
      const file = new URL(src, PUBLIC_URL)
      expect(existsSync(file), `public/${src} exists`).toBe(true)
      expect(src, src).toMatch(/^media\/narration\/[a-z0-9-]+-(zh|en)\.ogg$/)
      const bytes = readFileSync(file)
      expect(bytes.subarray(0, 4).toString('latin1'), `${src} is an Ogg file`).toBe('OggS')
      expect(bytes.subarray(28, 36).toString('latin1'), `${src} holds Opus`).toBe('OpusHead')
      expect(bytes[37], `${src} channels`).toBe(1)
      expect(statSync(file).size, `${src} size`).toBeLessThan(80 * 1024)
    }
  })

  it('quotes every citation exactly from one of its cited paragraphs', () => {
    for (const { id, citation } of exhibition.exhibits) {
      expect(citation, `${id} has a citation`).toBeDefined()
      if (!citation) continue
      const cited = exhibition.sources.find((candidate) => candidate.id === citation.source)
      expect(cited, `${id} cites an unknown source`).toBeDefined()
      const texts = citation.paragraphs.map((number) => cited?.paragraphs[number - 1])
      expect(
        texts.every((text) => text !== undefined),
        `${id} cites a missing paragraph`,
      ).toBe(true)
      expect(
        texts.some((text) => text?.includes(citation.quote)),
        `${id}: "${citation.quote}" is not in paragraphs ${citation.paragraphs.join(', ')}`,
      ).toBe(true)
    }
  })

  it('marks added explanations in the body and in the citation alike', () => {
    for (const { id, body, citation } of exhibition.exhibits) {
      if (!citation) throw new Error(`${id} has no citation`)
      const en = paragraphs(body.en).filter((paragraph) => paragraph.startsWith('Explanation: '))
      const zh = paragraphs(body.zh).filter((paragraph) => paragraph.startsWith('说明：'))
      if (citation.explanation) {
        expect(en, `${id} body.en explanation`).toEqual([`Explanation: ${citation.explanation.en}`])
        expect(zh, `${id} body.zh explanation`).toEqual([`说明：${citation.explanation.zh}`])
      } else {
        expect(en, `${id} explains without citation.explanation`).toEqual([])
        expect(zh, `${id} explains without citation.explanation`).toEqual([])
      }
    }
  })

  it.skipIf(!existsSync(SEED_URL))(
    `keeps the source paragraphs verbatim from the seed file${existsSync(SEED_URL) ? '' : ` (skipped: ${SEED_URL.pathname} not found)`}`,
    () => {
      const seed = paragraphs(readFileSync(SEED_URL, 'utf8'))
      expect(source?.paragraphs).toEqual(seed)
    },
  )

  it('numbers the tour 1..N without gaps, in zone order', () => {
    const tour = exhibition.exhibits.map((exhibit) => exhibit.tour).sort((a, b) => a - b)
    expect(tour).toEqual(exhibition.exhibits.map((_, index) => index + 1))
    const zoneOrder = ['introduction', 'industry', 'difficulties', 'recommendations']
    const zonesInTour = [...exhibition.exhibits]
      .sort((a, b) => a.tour - b.tour)
      .map((exhibit) => zoneOrder.indexOf(exhibit.zone))
    expect(zonesInTour).toEqual([...zonesInTour].sort((a, b) => a - b))
    expect(exhibition.exhibits.find((exhibit) => exhibit.tour === 1)).toMatchObject({ position: [0, 8.5], rotation: 0 })
  })

  it('never names the wrong party outside the verbatim source', () => {
    const verbatim = (path: string) => /^sources\[\d+\]\.(paragraphs|note)$/.test(path)
    for (const [path, text] of strings(doc, '', verbatim)) {
      expect(text, path).not.toMatch(/Democratic Progressive/i)
      expect(text, path).not.toMatch(/\bDPP\b/i)
    }
  })

  it('references media that exist under public/ as small, text-free SVGs of 1024 x 640', () => {
    const sources = exhibition.exhibits.flatMap((exhibit) => exhibit.media.map((media) => media.src))
    expect(exhibition.exhibits.filter((exhibit) => exhibit.kind === 'image').length).toBeGreaterThanOrEqual(3)
    for (const src of sources) {
      const file = new URL(src, PUBLIC_URL)
      expect(existsSync(file), `public/${src} exists`).toBe(true)
      if (!src.endsWith('.svg')) continue
      const svg = readFileSync(file, 'utf8')
      expect(statSync(file).size, `public/${src} size`).toBeLessThan(12 * 1024)
      expect(svg, src).toMatch(/<svg[^>]*\swidth="1024"[^>]*\sheight="640"[^>]*\sviewBox="0 0 1024 640"/)
      expect(svg, src).not.toMatch(/<text|<tspan|<foreignObject|<image|href=/i)
    }
  })
})
