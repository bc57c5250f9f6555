import { describe, expect, it } from 'vitest'
import defaultExhibition from '../../content/default-exhibition.json'
import { parseExhibition } from '../../content/parse'
import { idleLine, nearestExhibitTitle, offlineLine, openExhibitTitle, preflightLine, rttLine } from './deviceLines'

const parsed = parseExhibition(defaultExhibition)
if (!parsed.ok) throw new Error('the default exhibition does not parse')
const exhibition = parsed.exhibition
const [first] = exhibition.exhibits
if (!first) throw new Error('no exhibits')

describe('console lines', () => {
  it('names where a device stands and what it has open', () => {
    expect(nearestExhibitTitle(exhibition, { x: first.position[0] + 0.3, z: first.position[1] })).toBe(
      `near “${first.title.en}”`,
    )
    expect(openExhibitTitle(exhibition, first.id)).toBe(first.title.en)
    expect(openExhibitTitle(exhibition, null)).toBe('none')
  })

  it('reads idle time, offline copy, round trip and pre-flight in words', () => {
    expect(idleLine(0)).toBe('0:00')
    expect(idleLine(80_500)).toBe('1:20')
    expect(idleLine(3_723_000)).toBe('1:02:03')
    const ready = { status: 'ready' as const, bytesStored: 5_000_000, bytesNeeded: 5_000_000, filesMissing: 0 }
    expect(offlineLine(ready)).toEqual({ text: 'complete: 5.0 MB of 5.0 MB', ok: true })
    expect(offlineLine({ ...ready, bytesStored: 2_000_000, filesMissing: 3 }).ok).toBe(false)
    expect(offlineLine({ ...ready, status: 'off' }).text).toContain('no offline copy')
    expect(rttLine(null).ok).toBe(false)
    expect(rttLine(24)).toEqual({ text: '24 ms', ok: true })
    const at = 1_700_000_000_000
    expect(preflightLine(null, at).text).toBe('never run')
    expect(preflightLine({ at, checks: [{ id: 'secure', status: 'pass' }] }, at + 5 * 60_000)).toEqual({
      text: 'all passed, 5 min ago',
      ok: true,
    })
    expect(preflightLine({ at, checks: [{ id: 'offline', status: 'fail' }] }, at).text).toBe('offline fail; just now')
  })
})
