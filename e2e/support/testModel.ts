import type { Exhibit, Exhibition } from '../../src/content/schema'

/** Where the test model is served from; no such file exists, so unrouted it is a missing model. */
export const TEST_MODEL_SRC = 'media/test-model.glb'

/** A binary glTF holding one magenta square facing +z (the way a stand faces), unlit so its colour reads exactly. */
export function magentaSquareGlb(): Buffer {
  const positions = Buffer.from(new Float32Array([-1, 0, 0, 1, 0, 0, 1, 2, 0, -1, 2, 0]).buffer)
  const indices = Buffer.from(new Uint16Array([0, 1, 2, 0, 2, 3]).buffer)
  const bin = Buffer.concat([positions, indices])
  const gltf = {
    asset: { version: '2.0', generator: 'metaverse-hall e2e' },
    extensionsUsed: ['KHR_materials_unlit'],
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0 }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1, material: 0 }] }],
    materials: [
      {
        pbrMetallicRoughness: { baseColorFactor: [1, 0, 1, 1] },
        doubleSided: true,
        extensions: { KHR_materials_unlit: {} },
      },
    ],
    accessors: [
      { bufferView: 0, componentType: 5126, count: 4, type: 'VEC3', min: [-1, 0, 0], max: [1, 2, 0] },
      { bufferView: 1, componentType: 5123, count: 6, type: 'SCALAR' },
    ],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: positions.length },
      { buffer: 0, byteOffset: positions.length, byteLength: indices.length },
    ],
    buffers: [{ byteLength: bin.length }],
  }
  const pad = (bytes: Buffer, fill: number) => Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4, fill)])
  const json = pad(Buffer.from(JSON.stringify(gltf)), 0x20)
  const binary = pad(bin, 0)
  const chunk = (data: Buffer, type: number) => {
    const header = Buffer.alloc(8)
    header.writeUInt32LE(data.length, 0)
    header.writeUInt32LE(type, 4)
    return Buffer.concat([header, data])
  }
  const body = Buffer.concat([chunk(json, 0x4e4f534a), chunk(binary, 0x004e4942)])
  const start = Buffer.alloc(12)
  start.write('glTF', 0, 'ascii')
  start.writeUInt32LE(2, 4)
  start.writeUInt32LE(12 + body.length, 8)
  return Buffer.concat([start, body])
}

/** The exhibition with its second stop turned into a model exhibit showing the test model. */
export function withModelExhibit(exhibition: Exhibition): { document: Exhibition; exhibit: Exhibit } {
  const document = structuredClone(exhibition)
  const exhibit = [...document.exhibits].sort((a, b) => a.tour - b.tour)[1]
  if (!exhibit) throw new Error('fewer than two exhibits')
  exhibit.kind = 'model'
  exhibit.media = [{ kind: 'model', src: TEST_MODEL_SRC, alt: { en: 'A magenta square', zh: '一个品红色方块' } }]
  return { document, exhibit }
}
