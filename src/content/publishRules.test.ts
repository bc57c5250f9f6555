import { describe, expect, it } from 'vitest'
import defaultExhibition from './default-exhibition.json' with { type: 'json' }
import { parseExhibition } from './parse'
import { exhibitsCiting, publishProblems } from './publishRules'
import type { Exhibit, Exhibition } from './schema'

const parsed = parseExhibition(defaultExhibition)
if (!parsed.ok) throw new Error('default exhibition is invalid')
const doc: Exhibition = parsed.exhibition
const first = doc.exhibits[0] as Exhibit

const withFirst = (changes: Partial<Exhibit>): Exhibition => ({
  ...doc,
  exhibits: [{ ...first, ...changes }, ...doc.exhibits.slice(1)],
})

describe('citation rules', () => {
  it('lets the default exhibition be published: every exhibit cites its source', () => {
    expect(publishProblems(doc)).toEqual([])
  })

  it('keeps a draft exhibit without a citation valid, but refuses to publish it, naming it by title', () => {
    const draft = withFirst({ citation: undefined })
    expect(parseExhibition(draft).ok).toBe(true)
    expect(publishProblems(draft)).toEqual([
      {
        path: `exhibits[0] "${first.id}".citation`,
        message: `“${first.title.en}” has no source: pick a source and its paragraphs, or mark it as a curator's note`,
      },
    ])
  })

  it("publishes an exhibit marked as a curator's note without a citation", () => {
    const draft = withFirst({ citation: undefined, curatorNote: true })
    expect(parseExhibition(draft).ok).toBe(true)
    expect(publishProblems(draft)).toEqual([])
  })

  it("refuses a citation and a curator's note together: the text is one or the other", () => {
    const result = parseExhibition(withFirst({ curatorNote: true }))
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.problems.map((problem) => problem.path)).toContain(`exhibits[0] "${first.id}".curatorNote`)
  })

  it('refuses deleting a source still cited, naming the exhibits that cite it', () => {
    const citing = exhibitsCiting(doc, 'capd-proposal-2022')
    expect(citing.length).toBe(doc.exhibits.length)
    const extra = { ...(doc.sources[0] as Exhibition['sources'][number]), id: 'spare' }
    const result = parseExhibition({ ...doc, sources: [extra] })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const onSources = result.problems.find((problem) => problem.path === 'sources')
    expect(onSources?.message).toContain('source "capd-proposal-2022" cannot be removed: it is cited by “')
    expect(onSources?.message).toContain(`“${first.title.en}”`)
  })

  it('lets an uncited source be deleted', () => {
    const extra = { ...(doc.sources[0] as Exhibition['sources'][number]), id: 'spare' }
    const withSpare = { ...doc, sources: [...doc.sources, extra] }
    expect(exhibitsCiting(withSpare, 'spare')).toEqual([])
    expect(parseExhibition({ ...withSpare, sources: doc.sources }).ok).toBe(true)
  })
})
