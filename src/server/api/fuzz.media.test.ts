import fc from 'fast-check'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { FuzzTarget } from '../testing/fuzzHarness'
import { hostileString, notJson } from '../testing/fuzzing'

describe('uploads refuse what is not media, and store nothing', { timeout: 120_000 }, () => {
  let target: FuzzTarget

  beforeAll(async () => {
    target = await FuzzTarget.open()
  })
  afterAll(() => target.close())

  it('POST /api/media (uploads): not media, damaged, polyglot, malformed forms', async () => {
    const signatures = [
      [0xff, 0xd8, 0xff, 0xe0],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [...Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ')],
      [...Buffer.from('glTF'), 2, 0, 0, 0],
      [],
    ]
    const markup = fc.constantFrom('', '<html><script>alert(1)</script></html>', '<svg onload=alert(1)>', '<?php ?>')
    const file = fc
      .tuple(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 2048 }), markup)
      .map(([start, rest, tail]) => Buffer.concat([Buffer.from(start), Buffer.from(rest), Buffer.from(tail)]))
    // The container's JSON, with the keys the server reads by hand given values of any shape.
    const gltfJson = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.dictionary(
        fc.constantFrom('asset', 'buffers', 'images', 'bufferViews', 'meshes'),
        fc.jsonValue({ maxDepth: 3 }),
      ),
      fc.record({
        asset: fc.constant({ version: '2.0' }),
        images: fc.array(
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ bufferView: fc.jsonValue(), uri: fc.jsonValue() })),
        ),
        bufferViews: fc.jsonValue({ maxDepth: 2 }),
      }),
    )
    const glbWithJson = gltfJson.map((json) => {
      const chunk = Buffer.from(JSON.stringify(json).padEnd(Math.ceil(JSON.stringify(json).length / 4) * 4, ' '))
      const out = Buffer.alloc(20 + chunk.length)
      out.write('glTF', 0, 'ascii')
      out.writeUInt32LE(2, 4)
      out.writeUInt32LE(out.length, 8)
      out.writeUInt32LE(chunk.length, 12)
      out.writeUInt32LE(0x4e4f534a, 16)
      chunk.copy(out, 20)
      return out
    })
    const name = fc.oneof(hostileString, fc.constantFrom('photo.png', '../../hall.sqlite', 'x.html', 'a'.repeat(5000)))
    const form = fc
      .tuple(
        fc.oneof(file, glbWithJson),
        name,
        fc.constantFrom('file', 'File', 'files[]', ''),
        fc.constantFrom('image/png', 'text/html', ''),
      )
      .map(([bytes, fileName, field, type]) => {
        const data = new FormData()
        data.append(field, new File([new Uint8Array(bytes)], fileName, { type }))
        return { path: '/api/media', body: data as string | FormData }
      })
    const notAForm = fc.record({
      path: fc.constant('/api/media'),
      body: fc.oneof(notJson, fc.constant('--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc')),
      contentType: fc.constantFrom(
        'multipart/form-data; boundary=x',
        'multipart/form-data',
        'application/json',
        'image/png',
      ),
    })
    await target.fuzz(() => target.curator, 'POST', fc.oneof({ weight: 4, arbitrary: form }, notAForm))
  })
})
