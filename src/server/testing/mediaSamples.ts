import { deflateSync } from 'node:zlib'
import sharp from 'sharp'

/** Sample upload bodies for the media tests: real images, a PNG that lies about its size, a minimal GLB. */
export const photo = (format: 'png' | 'jpeg' | 'webp', width = 3000, height = 1000) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .toFormat(format)
    .toBuffer()

/** A PNG whose header claims `width` x `height` pixels; the pixel data is a token few bytes. */
export function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    return Buffer.concat([length, Buffer.from(type, 'ascii'), data, Buffer.alloc(4)])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(16))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A GLB holding one triangle; `extra` is merged into its JSON (to add an external buffer, say). */
export function glb(extra: Record<string, unknown> = {}): Buffer {
  const positions = Buffer.from(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]).buffer)
  const gltf = {
    asset: { version: '2.0', generator: 'metaverse-hall test' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 } }] }],
    accessors: [{ bufferView: 0, componentType: 5126, count: 3, type: 'VEC3', min: [0, 0, 0], max: [1, 1, 0] }],
    bufferViews: [{ buffer: 0, byteLength: positions.length }],
    buffers: [{ byteLength: positions.length }],
    ...extra,
  }
  const pad = (bytes: Buffer, fill: number) => Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4, fill)])
  const jsonChunk = pad(Buffer.from(JSON.stringify(gltf)), 0x20)
  const binChunk = pad(positions, 0)
  const header = (length: number, type: number) => {
    const out = Buffer.alloc(8)
    out.writeUInt32LE(length, 0)
    out.writeUInt32LE(type, 4)
    return out
  }
  const body = Buffer.concat([
    header(jsonChunk.length, 0x4e4f534a),
    jsonChunk,
    header(binChunk.length, 0x004e4942),
    binChunk,
  ])
  const start = Buffer.alloc(12)
  start.write('glTF', 0, 'ascii')
  start.writeUInt32LE(2, 4)
  start.writeUInt32LE(12 + body.length, 8)
  return Buffer.concat([start, body])
}
