import fc from 'fast-check'
import { afterAll, beforeAll, describe, it } from 'vitest'
import type { Exhibit } from '../../content/schema'
import { htmlPage, m4a, mp3, oggOpus, wav } from '../testing/audioSamples'
import { FuzzTarget } from '../testing/fuzzHarness'
import { hostileString, jsonBody } from '../testing/fuzzing'

describe('narration uploads and media references refuse what would not play, and store nothing', {
  timeout: 180_000,
}, () => {
  let target: FuzzTarget

  beforeAll(async () => {
    target = await FuzzTarget.open()
  })
  afterAll(() => target.close())

  it('POST /api/media (recordings): disguised, random, truncated, too long or too short audio', async () => {
    const signatures = [
      'OggS',
      'RIFF\x10\x00\x00\x00WAVE',
      '\x00\x00\x00\x18ftypM4A ',
      'ID3\x03\x00',
      '\xff\xfb\x90\xc0',
    ]
    const random = fc
      .tuple(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 4096 }))
      .map(([start, rest]) => Buffer.concat([Buffer.from(start, 'latin1'), Buffer.from(rest)]))
    const samples = { wav: wav(2), ogg: oggOpus(2), m4a: m4a(2) }
    // Cut strictly inside the file: each of these containers then lacks data it declares (or its closing part).
    const truncated = fc
      .constantFrom(...Object.values(samples))
      .chain((bytes) => fc.integer({ min: 0, max: bytes.length - 1 }).map((length) => bytes.subarray(0, length)))
    // An MP3 cut inside a frame (never on a frame boundary, where what is left is a shorter, whole MP3).
    const cutMp3 = fc
      .tuple(fc.integer({ min: 0, max: 150 }), fc.integer({ min: 1, max: 416 }))
      .map(([frames, into]) => mp3(4).subarray(0, 10 + frames * 417 + into))
    const lengths = fc.oneof(
      fc.double({ min: 601, max: 7200, noNaN: true }).map((seconds) => oggOpus(seconds)),
      fc.double({ min: 0.01, max: 0.95, noNaN: true }).map((seconds) => wav(seconds)),
    )
    const bytes = fc.oneof(random, truncated, cutMp3, lengths, fc.constant(htmlPage()))
    const name = fc.oneof(hostileString, fc.constantFrom('narration.mp3', 'take.ogg', '../x.wav', 'a.m4a'))
    const form = fc
      .tuple(bytes, name, fc.constantFrom('audio/mpeg', 'audio/ogg', 'text/html', ''))
      .map(([body, fileName, type]) => {
        const data = new FormData()
        data.append('file', new File([new Uint8Array(body)], fileName, { type }))
        return { path: '/api/media', body: data as string | FormData }
      })
    await target.fuzz(() => target.curator, 'POST', form)
  })

  it('PUT /api/draft/exhibits/:id naming media that do not exist', async () => {
    const state = await target.draft()
    const exhibit = state.document.exhibits[1] as Exhibit
    const version = state.exhibitVersions[exhibit.id]?.version ?? 0
    const segment = fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/)
    const missingAudio = fc
      .tuple(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.constantFrom('mp3', 'ogg', 'opus', 'm4a', 'wav'))
      .map(([parts, extension]) => `media/${parts.join('/')}.${extension}`)
    const attempts = fc.tuple(missingAudio, fc.constantFrom('zh', 'en')).map(([src, language]) => ({
      path: `/api/draft/exhibits/${exhibit.id}`,
      body: jsonBody({ baseVersion: version, exhibit: { ...exhibit, audio: { [language]: src } } }),
      contentType: 'application/json',
    }))
    await target.fuzz(() => target.curator, 'PUT', attempts)
  })
})
