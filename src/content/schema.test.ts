import { describe, expect, it } from 'vitest'
import { describeProblems, formatPath, parseExhibition } from './parse'
import { CONTENT_VERSION } from './schema'

const text = (en: string, zh = '中文') => ({ zh, en })

/** The smallest valid exhibition: one wall, one zone, one exhibit, one source. */
function minimal() {
  return {
    version: CONTENT_VERSION,
    id: 'test-hall',
    title: text('Test hall'),
    subtitle: text('A hall for tests'),
    hall: {
      width: 10,
      depth: 10,
      height: 4,
      walls: [{ from: [-5, -5], to: [5, -5] }],
      zones: [
        {
          id: 'main',
          title: text('Main'),
          color: '#336699',
          area: [
            [-5, -5],
            [5, 5],
          ],
        },
      ],
      entrance: { position: [0, 4], yaw: 0 },
    },
    sources: [
      { id: 'src', title: text('Source'), publisher: text('Press'), date: '2022-03', paragraphs: ['One.', 'Two.'] },
    ],
    exhibits: [
      {
        id: 'first',
        zone: 'main',
        kind: 'text',
        position: [0, -4.5],
        rotation: 0,
        title: text('First'),
        summary: text('Summary'),
        body: text('Body'),
        narration: text('Narration.'),
        citation: { source: 'src', paragraphs: [2], quote: 'Two.' },
        tour: 1,
      },
    ],
  }
}

function problems(doc: unknown) {
  const result = parseExhibition(doc)
  if (result.ok) throw new Error('expected the document to be refused')
  return result.problems
}

describe('exhibition schema', () => {
  it('accepts a valid document and fills defaults', () => {
    const result = parseExhibition(minimal())
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.exhibition.hall.walls[0]?.thickness).toBe(0.2)
      expect(result.exhibition.exhibits[0]?.media).toEqual([])
    }
  })

  it('names the exhibit and field of a missing translation', () => {
    const doc = minimal()
    const first = doc.exhibits[0] as Record<string, unknown>
    first.title = { zh: '第一' }
    expect(problems(doc)).toEqual([
      { path: 'exhibits[0] "first".title.en', message: expect.stringMatching(/expected string/i) },
    ])
  })

  it('refuses blank text, with a message a curator understands', () => {
    const doc = minimal()
    const first = doc.exhibits[0] as Record<string, unknown>
    first.summary = { zh: '  ', en: 'ok' }
    expect(problems(doc)).toEqual([{ path: 'exhibits[0] "first".summary.zh', message: 'must not be empty' }])
  })

  it('refuses media on another host or outside media/', () => {
    for (const src of ['https://evil.example/x.png', 'media/../secret.png', '/etc/passwd', 'media/a.exe']) {
      const doc = minimal()
      const first = doc.exhibits[0] as Record<string, unknown>
      first.media = [{ kind: 'image', src, alt: text('alt') }]
      const [problem] = problems(doc)
      expect(problem?.path).toBe('exhibits[0] "first".media[0].src')
    }
  })

  it('refuses unknown fields, so a typo is not silently ignored', () => {
    const doc = minimal() as Record<string, unknown>
    doc.titel = text('typo')
    expect(problems(doc)[0]?.message).toMatch(/titel/)
  })

  it('checks references across the document', () => {
    const doc = minimal()
    doc.exhibits.push({ ...(doc.exhibits[0] as (typeof doc.exhibits)[number]), zone: 'nowhere', position: [40, 0] })
    const found = problems(doc)
    expect(found).toContainEqual({ path: 'exhibits[1] "first".id', message: '"first" is already used by exhibits[0]' })
    expect(found).toContainEqual({
      path: 'exhibits[1] "first".tour',
      message: 'tour stop 1 is already taken by exhibits[0]',
    })
    expect(found).toContainEqual({ path: 'exhibits[1] "first".zone', message: 'no zone "nowhere" in hall.zones' })
    expect(found).toContainEqual({ path: 'exhibits[1] "first".position', message: 'must lie inside the hall' })
  })

  it('checks that a citation points at a paragraph the source has', () => {
    const doc = minimal()
    const first = doc.exhibits[0] as { citation: { paragraphs: number[] } }
    first.citation.paragraphs = [7]
    expect(problems(doc)).toEqual([
      { path: 'exhibits[0] "first".citation.paragraphs[0]', message: 'source "src" has 2 paragraphs, not 7' },
    ])
  })

  it('requires the parts each kind needs', () => {
    const doc = minimal()
    const first = doc.exhibits[0] as Record<string, unknown>
    first.kind = 'image'
    expect(problems(doc)).toEqual([
      { path: 'exhibits[0] "first".media', message: 'needs a media entry of kind "image"' },
    ])
  })

  it('refuses a document from a newer version with its own message', () => {
    const doc = { ...minimal(), version: CONTENT_VERSION + 1 }
    expect(problems(doc)).toEqual([{ path: 'version', message: expect.stringMatching(/newer than this app reads/) }])
  })

  it('accepts narration audio under media/ in the audio formats, and nothing else', () => {
    const doc = minimal()
    const first = doc.exhibits[0] as Record<string, unknown>
    first.audio = { en: 'media/narration/first-en.ogg', zh: 'media/first.mp3' }
    expect(parseExhibition(doc).ok).toBe(true)
    for (const src of ['https://evil.example/a.mp3', 'media/../a.ogg', 'media/a.png']) {
      first.audio = { en: src }
      expect(problems(doc)).toEqual([
        {
          path: 'exhibits[0] "first".audio.en',
          message: 'must be a file under media/ (mp3, ogg, opus, m4a, wav)',
        },
      ])
    }
  })

  it('requires narration in both languages', () => {
    const doc = minimal()
    const first = doc.exhibits[0] as Record<string, unknown>
    first.narration = { zh: '旁白。', en: ' ' }
    expect(problems(doc)).toEqual([{ path: 'exhibits[0] "first".narration.en', message: 'must not be empty' }])
  })

  it('refuses things that are not documents at all', () => {
    expect(problems(null)[0]?.path).toBe('(document)')
    expect(problems([])[0]?.path).toBe('(document)')
    expect(describeProblems(problems('text'))).toMatch(/^\(document\): /)
  })
})

describe('formatPath', () => {
  it('shows indices and ids', () => {
    const raw = { exhibits: [{ id: 'a' }, { id: 'b' }] }
    expect(formatPath(['exhibits', 1, 'title', 'en'], raw)).toBe('exhibits[1] "b".title.en')
    expect(formatPath([], raw)).toBe('(document)')
  })
})
