import { describe, expect, it } from 'vitest'
import current from './default-exhibition.json'
import v1 from './fixtures/exhibition-v1.json'
import { MIGRATIONS, migrate, OLDEST_READABLE } from './migrations'
import { describeProblems, parseExhibition } from './parse'
import { CONTENT_VERSION } from './schema'

/** One fixture per historical version, as documents of that version were written: each must still be readable. */
const FIXTURES: Record<number, unknown> = { 1: v1 }

describe('content migrations', () => {
  it('has one step per version, from the oldest readable up to the current one', () => {
    expect(MIGRATIONS.map((step) => step.from)).toEqual(
      Array.from({ length: CONTENT_VERSION - OLDEST_READABLE }, (_, i) => OLDEST_READABLE + i),
    )
    for (let version = OLDEST_READABLE; version < CONTENT_VERSION; version++) {
      expect(FIXTURES[version], `a fixture of version ${version}`).toBeDefined()
    }
  })

  it.each(Object.entries(FIXTURES))('upgrades the version %s fixture to a valid current document', (_, fixture) => {
    const before = structuredClone(fixture)
    const result = parseExhibition(fixture)
    if (!result.ok) throw new Error(describeProblems(result.problems))
    expect(result.exhibition.version).toBe(CONTENT_VERSION)
    expect(result.migrated.length).toBeGreaterThan(0)
    // The input is never changed: a caller may still hold it.
    expect(fixture).toEqual(before)
  })

  it('v1 to v2: every exhibit is narrated by its summary; nothing else changes', () => {
    const result = parseExhibition(v1)
    if (!result.ok) throw new Error(describeProblems(result.problems))
    expect(result.migrated).toEqual(['1 → 2: narration added to every exhibit, from its summary'])
    for (const exhibit of result.exhibition.exhibits) {
      expect(exhibit.narration).toEqual(exhibit.summary)
      expect(exhibit.audio).toBeUndefined()
    }
    // Apart from the version and the narration, the migrated document is the fixture as it was written.
    const migrated = migrate(v1)
    if (!migrated.ok) throw new Error(migrated.message)
    const old = v1 as { exhibits: { summary: unknown }[] }
    expect(migrated.document).toEqual({
      ...old,
      version: 2,
      exhibits: old.exhibits.map((exhibit) => ({ ...exhibit, narration: exhibit.summary })),
    })
  })

  it('keeps narration a v1 document already had, and leaves broken exhibits for the schema to report', () => {
    const doc = structuredClone(v1) as { exhibits: unknown[] }
    const [first] = doc.exhibits as Record<string, unknown>[]
    if (first) first.narration = { zh: '已有旁白。', en: 'Narration already there.' }
    doc.exhibits.push('not an exhibit')
    const migrated = migrate(doc)
    if (!migrated.ok) throw new Error(migrated.message)
    const exhibits = (migrated.document as { exhibits: unknown[] }).exhibits
    expect((exhibits[0] as { narration: unknown }).narration).toEqual({
      zh: '已有旁白。',
      en: 'Narration already there.',
    })
    expect(exhibits.at(-1)).toBe('not an exhibit')
    const result = parseExhibition(doc)
    expect(result.ok ? [] : result.problems.map((problem) => problem.path)).toEqual(['exhibits[17]'])
  })

  it('refuses newer versions, and versions older than any migration, with their own message', () => {
    expect(parseExhibition({ ...v1, version: CONTENT_VERSION + 1 })).toEqual({
      ok: false,
      problems: [
        { path: 'version', message: `is ${CONTENT_VERSION + 1}, newer than this app reads (2); update the app` },
      ],
    })
    expect(parseExhibition({ ...v1, version: 0 })).toEqual({
      ok: false,
      problems: [{ path: 'version', message: 'is 0, older than this app reads (1 to 2) and has no migration' }],
    })
    expect(parseExhibition({ ...v1, version: 1.5 }).ok).toBe(false)
  })

  it('passes a current document through untouched', () => {
    const result = migrate(current)
    expect(result).toEqual({ ok: true, document: current, applied: [] })
  })
})
