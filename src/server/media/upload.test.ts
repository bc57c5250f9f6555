import { existsSync } from 'node:fs'
import { join } from 'node:path'
import sharp from 'sharp'
import { afterEach, describe, expect, it } from 'vitest'
import type { MediaRecord } from '../db/mediaRepository'
import { glb, photo, pngClaiming } from '../testing/mediaSamples'
import { adminAndCurator, type TestBrowser, testServer } from '../testing/testServer'

let server: ReturnType<typeof testServer>
afterEach(() => server?.cleanup())

async function curator(): Promise<TestBrowser> {
  server = testServer()
  return (await adminAndCurator(server)).curator
}

function upload(browser: TestBrowser, name: string, bytes: Buffer, type = 'application/octet-stream') {
  const form = new FormData()
  form.append('file', new File([new Uint8Array(bytes)], name, { type }))
  return browser.call('POST', '/api/media', { body: form })
}

describe('image uploads', () => {
  it.each(['png', 'jpeg', 'webp'] as const)('re-encodes a good %s to WebP under a generated name', async (format) => {
    const browser = await curator()
    const response = await upload(browser, `My Photo.${format}`, await photo(format))
    expect(response.status).toBe(201)
    const { media, thumbnail } = (await response.json()) as { media: MediaRecord; thumbnail: string }
    expect(media.src).toMatch(/^media\/[0-9a-f]{24}\.webp$/)
    expect(media).toMatchObject({ kind: 'image', width: 2048, height: 683, originalName: `My Photo.${format}` })
    const served = await server.app.request(`http://hall.test/${media.src}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('Cache-Control')).toContain('immutable')
    const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata()
    expect(meta.format).toBe('webp')
    expect((await sharp(join(server.dataDir, thumbnail)).metadata()).width).toBe(512)
    const library = (await (await browser.call('GET', '/api/media')).json()) as { media: MediaRecord[] }
    expect(library.media.map((item) => item.src)).toEqual([media.src])
  })

  it('refuses a file whose bytes are not an image, whatever its name and declared type', async () => {
    const browser = await curator()
    const response = await upload(browser, 'holiday.png', Buffer.from('<html><script>alert(1)</script>'), 'image/png')
    expect(response.status).toBe(415)
    const { error } = (await response.json()) as { error: string }
    expect(error).toContain('"holiday.png" is not a JPEG, PNG, WebP, GLB, Ogg, MP3, M4A or WAV file (it is a web page)')
    expect(error).toContain('3c 68 74 6d 6c')
  })

  it('refuses an oversized file, saying how large it is and what the limit is', async () => {
    const browser = await curator()
    const big = Buffer.alloc(21 * 1024 * 1024)
    big.set(await photo('png', 8, 8))
    const response = await upload(browser, 'huge.png', big)
    expect(response.status).toBe(413)
    expect(((await response.json()) as { error: string }).error).toBe(
      '"huge.png" is 21.0 MB; the limit for this kind of file is 20.0 MB.',
    )
  })

  it('refuses a PNG that claims 30000 x 30000 pixels from its header, without decoding it', async () => {
    const browser = await curator()
    const started = Date.now()
    const response = await upload(browser, 'bomb.png', pngClaiming(30_000, 30_000))
    expect(response.status).toBe(422)
    expect(((await response.json()) as { error: string }).error).toContain('30000 × 30000 pixels (900 megapixels)')
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses a damaged image with the reason', async () => {
    const browser = await curator()
    const good = await photo('jpeg', 64, 64)
    const response = await upload(browser, 'cut.jpg', good.subarray(0, 200))
    expect(response.status).toBe(422)
    expect(((await response.json()) as { error: string }).error).toMatch(/JPEG/)
  })

  it('is for signed-in curators only', async () => {
    server = testServer()
    const form = new FormData()
    form.append('file', new File([await photo('png', 8, 8)], 'a.png'))
    const response = await server.browser().call('POST', '/api/media', { body: form })
    expect([401, 403]).toContain(response.status)
  })
})

describe('model uploads', () => {
  it('accepts a valid GLB and stores it under a generated name', async () => {
    const browser = await curator()
    const response = await upload(browser, 'triangle.glb', glb())
    expect(response.status).toBe(201)
    const { media } = (await response.json()) as { media: MediaRecord }
    expect(media.src).toMatch(/^media\/[0-9a-f]{24}\.glb$/)
    expect(existsSync(join(server.dataDir, media.src))).toBe(true)
  })

  it('refuses a GLB that points to an external file, naming the reference', async () => {
    const browser = await curator()
    const response = await upload(
      browser,
      'linked.glb',
      glb({ buffers: [{ byteLength: 36, uri: 'https://evil.example/mesh.bin' }] }),
    )
    expect(response.status).toBe(422)
    const { error } = (await response.json()) as { error: string }
    expect(error).toContain('buffers[0].uri is "https://evil.example/mesh.bin"')
  })

  it('refuses a GLB with an external texture', async () => {
    const browser = await curator()
    const response = await upload(browser, 'textured.glb', glb({ images: [{ uri: 'wood.png' }] }))
    expect(response.status).toBe(422)
    expect(((await response.json()) as { error: string }).error).toContain('images[0].uri is "wood.png"')
  })

  it('refuses an oversized embedded texture', async () => {
    const browser = await curator()
    const texture = (await photo('png', 4100, 8)).toString('base64')
    const response = await upload(
      browser,
      'big-texture.glb',
      glb({ images: [{ uri: `data:image/png;base64,${texture}` }] }),
    )
    expect(response.status).toBe(422)
    expect(((await response.json()) as { error: string }).error).toContain('images[0] is 4100 × 8 pixels')
  })

  it('refuses a GLB the Khronos validator finds invalid', async () => {
    const browser = await curator()
    const broken = glb({ accessors: [{ bufferView: 7, componentType: 5126, count: 3, type: 'VEC3' }] })
    const response = await upload(browser, 'broken.glb', broken)
    expect(response.status).toBe(422)
    expect(((await response.json()) as { error: string }).error).toContain('not valid glTF 2.0')
  })
})

/** What the upload stored: nothing, for every refusal below. */
const storedMedia = async (browser: TestBrowser) =>
  ((await (await browser.call('GET', '/api/media')).json()) as { media: MediaRecord[] }).media

describe('polyglot and oversized uploads', () => {
  const html = Buffer.from('<html><body><script>fetch("/api/users")</script></body></html>')

  it.each([
    ['a valid PNG with a page appended', async () => Buffer.concat([await photo('png', 16, 16), html])],
    ['a valid JPEG with a page appended', async () => Buffer.concat([await photo('jpeg', 16, 16), html])],
    [
      'a valid WebP with a script inside',
      async () => Buffer.concat([await photo('webp', 16, 16), Buffer.from('<script>x()</script>')]),
    ],
    [
      'a GLB whose JSON carries a page',
      async () => glb({ extras: { note: '<!DOCTYPE html><script>alert(1)</script>' } }),
    ],
  ])('refuses %s, naming the markup, and stores nothing', async (_name, make) => {
    const browser = await curator()
    const response = await upload(browser, 'two-faced.png', await make())
    expect(response.status).toBe(422)
    expect(((await response.json()) as { error: string }).error).toMatch(/holds HTML or script/)
    expect(await storedMedia(browser)).toEqual([])
  })

  it('refuses a PNG with hidden bytes after its end', async () => {
    const browser = await curator()
    const response = await upload(browser, 'tail.png', Buffer.concat([await photo('png', 16, 16), Buffer.alloc(64, 7)]))
    expect(response.status).toBe(422)
    expect(((await response.json()) as { error: string }).error).toContain('64 bytes after the end of its PNG image')
  })

  it('refuses a GLB with trailing data beyond the length its header gives', async () => {
    const browser = await curator()
    const response = await upload(browser, 'tail.glb', Buffer.concat([glb(), Buffer.alloc(32, 1)]))
    expect(response.status).toBe(422)
    expect(((await response.json()) as { error: string }).error).toContain('header gives a different length')
  })

  it('refuses a GLB whose lists are not lists (it used to crash the server)', async () => {
    const browser = await curator()
    for (const extra of [{ images: 'wood.png' }, { buffers: [null] }, { bufferViews: 3 }]) {
      const response = await upload(browser, 'odd.glb', glb(extra))
      expect(response.status).toBe(422)
      expect(((await response.json()) as { error: string }).error).toMatch(/is not a list of objects/)
    }
  })

  it('refuses a body over the model limit while it streams in, with 413', async () => {
    const browser = await curator()
    const big = Buffer.alloc(31 * 1024 * 1024)
    big.set(glb())
    const response = await upload(browser, 'huge.glb', big)
    expect(response.status).toBe(413)
    expect(((await response.json()) as { error: string }).error).toContain('larger than 30.0 MB')
    expect(await storedMedia(browser)).toEqual([])
  })

  it('keeps the uploaded name out of paths: a traversal name is only a label', async () => {
    const browser = await curator()
    const response = await upload(browser, '../../hall.sqlite', await photo('png', 16, 16))
    expect(response.status).toBe(201)
    const { media } = (await response.json()) as { media: MediaRecord }
    expect(media.originalName).toBe('../../hall.sqlite')
    expect(media.src).toMatch(/^media\/[0-9a-f]{24}\.webp$/)
  })
})
