import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { MediaRecord } from '../db/mediaRepository'
import { htmlPage, m4a, mp3, oggOpus, wav } from '../testing/audioSamples'
import { adminAndCurator, type TestBrowser, testServer } from '../testing/testServer'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

async function curator(): Promise<TestBrowser> {
  server = testServer()
  return (await adminAndCurator(server)).curator
}

function upload(browser: TestBrowser, name: string, bytes: Buffer, type = 'audio/mpeg') {
  const form = new FormData()
  form.append('file', new File([new Uint8Array(bytes)], name, { type }))
  return browser.call('POST', '/api/media', { body: form })
}

const stored = () => {
  try {
    return readdirSync(join(server.dataDir, 'media'))
  } catch {
    return []
  }
}

describe('narration uploads', () => {
  it.each([
    ['wav', wav(2), 2],
    ['ogg', oggOpus(4), 4],
    ['mp3', mp3(3), 3],
    ['m4a', m4a(5, { fragmented: true }), 5],
  ] as const)(
    'stores a good %s under a generated name, with its length, in the media library',
    async (format, bytes, seconds) => {
      const browser = await curator()
      const response = await upload(browser, `Narration take 1.${format}`, bytes)
      expect(response.status).toBe(201)
      const { media } = (await response.json()) as { media: MediaRecord }
      expect(media.src).toMatch(new RegExp(`^media/[0-9a-f]{24}\\.${format}$`))
      expect(media.kind).toBe('audio')
      expect(media.seconds).toBeCloseTo(seconds, 1)
      const served = await server.app.request(`http://hall.test/${media.src}`)
      expect(served.status).toBe(200)
      expect(served.headers.get('Content-Type')).toMatch(/^audio\//)
      expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true)
      const library = (await (await browser.call('GET', '/api/media')).json()) as { media: MediaRecord[] }
      expect(library.media).toEqual([media])
    },
  )

  it('refuses an HTML page named .mp3, a truncated file and an hour-long file, each with its reason, storing nothing', async () => {
    const browser = await curator()
    const page = await upload(browser, 'narration.mp3', htmlPage())
    expect(page.status).toBe(415)
    expect(((await page.json()) as { error: string }).error).toMatch(
      /^"narration\.mp3" is not a JPEG, PNG, WebP, GLB, Ogg, MP3, M4A or WAV file \(it is a web page\): its contents start with 3c 21 44 4f/,
    )
    const whole = wav(3)
    const cut = await upload(browser, 'cut.wav', whole.subarray(0, 20_000))
    expect(cut.status).toBe(422)
    expect(((await cut.json()) as { error: string }).error).toBe(
      '"cut.wav" looks like WAV audio but it is truncated: its sound data should be 48000 bytes, only 19956 are there. Export or record it again.',
    )
    const hour = await upload(browser, 'lecture.mp3', mp3(3600, { lowRate: true }))
    expect(hour.status).toBe(422)
    expect(((await hour.json()) as { error: string }).error).toBe(
      '"lecture.mp3" lasts 60 min 0 s; a narration recording may last at most 10 min. Shorten it.',
    )
    expect(stored()).toEqual([])
    const library = (await (await browser.call('GET', '/api/media')).json()) as { media: MediaRecord[] }
    expect(library.media).toEqual([])
  })
})
