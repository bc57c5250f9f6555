import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { htmlPage, m4a, mp3, oggOpus, wav } from '../../testing/audioSamples'
import { checkAudio } from './checkAudio'

const seconds = (name: string, bytes: Buffer) => {
  const result = checkAudio(name, bytes)
  if (!result?.ok) throw new Error(result ? result.refusal.error : `${name}: not audio`)
  return result.seconds
}

describe('narration recordings, checked by their bytes', () => {
  it('reads the length of each format from its container', () => {
    expect(seconds('a.wav', wav(3))).toBeCloseTo(3, 2)
    expect(seconds('a.ogg', oggOpus(42.5))).toBeCloseTo(42.5, 2)
    expect(seconds('a.mp3', mp3(12))).toBeCloseTo(12, 1)
    expect(seconds('a.mp3', mp3(30, { lowRate: true }))).toBeCloseTo(30, 1)
    expect(seconds('a.m4a', m4a(7))).toBeCloseTo(7, 2)
    expect(seconds('a.m4a', m4a(5.5, { fragmented: true }))).toBeCloseTo(5.5, 1)
  })

  it('reads the Opus recording shipped with the exhibition', () => {
    const bytes = readFileSync(new URL('../../../../public/media/narration/welcome-en.ogg', import.meta.url))
    expect(seconds('welcome-en.ogg', bytes)).toBeGreaterThan(5)
    expect(seconds('welcome-en.ogg', bytes)).toBeLessThan(60)
  })

  it('does not take an HTML page named .mp3 for audio', () => {
    expect(checkAudio('narration.mp3', htmlPage())).toBeUndefined()
  })

  it('refuses a truncated file of every format, saying it is truncated', () => {
    const cut = (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * 0.6))
    for (const [name, bytes] of [
      ['a.wav', wav(3)],
      ['a.ogg', oggOpus(3)],
      ['a.mp3', mp3(3)],
      ['a.m4a', m4a(3)],
    ] as const) {
      const result = checkAudio(name, cut(bytes))
      expect(result?.ok, name).toBe(false)
      if (result && !result.ok) expect(result.refusal.error, name).toMatch(/truncated/)
    }
    const unended = checkAudio('a.ogg', oggOpus(3, { ended: false }))
    expect(unended?.ok === false && unended.refusal.error).toMatch(/truncated: its stream has no last page/)
  })

  it('refuses an hour-long recording and one under a second, giving their lengths', () => {
    const hour = checkAudio('talk.mp3', mp3(3600, { lowRate: true }))
    expect(hour?.ok === false && hour.refusal).toEqual({
      status: 422,
      error: '"talk.mp3" lasts 60 min 0 s; a narration recording may last at most 10 min. Shorten it.',
    })
    const long = checkAudio('talk.ogg', oggOpus(3600))
    expect(long?.ok === false && long.refusal.error).toMatch(/lasts 60 min 0 s/)
    const short = checkAudio('blip.wav', wav(0.4))
    expect(short?.ok === false && short.refusal.error).toBe(
      '"blip.wav" lasts 0.4 s; a narration recording must last at least 1 s.',
    )
    expect(seconds('edge.wav', wav(1))).toBeCloseTo(1, 3)
    expect(seconds('edge.ogg', oggOpus(600))).toBeCloseTo(600, 3)
  })

  it('refuses a file over 20 MB before reading it', () => {
    const big = Buffer.concat([wav(1), Buffer.alloc(21 * 1024 * 1024)])
    const result = checkAudio('big.wav', big)
    expect(result?.ok === false && result.refusal.status).toBe(413)
  })

  it('refuses a damaged Ogg page and bytes between MP3 frames', () => {
    const damaged = Buffer.from(oggOpus(3))
    const last = damaged.length - 1
    damaged.writeUInt8(damaged.readUInt8(last) ^ 0xff, last)
    expect(checkAudio('a.ogg', damaged)?.ok === false && checkAudio('a.ogg', damaged)).toMatchObject({
      refusal: { error: expect.stringMatching(/is damaged/) },
    })
    const bytes = mp3(3)
    const spliced = Buffer.concat([bytes.subarray(0, 10 + 417 * 3), Buffer.from('hello'), bytes.subarray(10 + 417 * 3)])
    const result = checkAudio('a.mp3', spliced)
    expect(result?.ok === false && result.refusal.error).toMatch(/is damaged: frame 4/)
  })
})
