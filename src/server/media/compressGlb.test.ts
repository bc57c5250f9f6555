import { Document, NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import { describe, expect, it } from 'vitest'
import { checkGlb } from './checkGlb'
import { compressGlb } from './compressGlb'

/** A flat grid of `n` by `n` quads with normals and indices, as a modelling tool would export it. */
async function gridGlb(n: number): Promise<Buffer> {
  const document = new Document()
  const buffer = document.createBuffer()
  const positions: number[] = []
  const normals: number[] = []
  const indices: number[] = []
  for (let row = 0; row <= n; row++) {
    for (let column = 0; column <= n; column++) {
      positions.push(column / n, Math.sin(column + row) * 0.05, row / n)
      normals.push(0, 1, 0)
    }
  }
  for (let row = 0; row < n; row++) {
    for (let column = 0; column < n; column++) {
      const a = row * (n + 1) + column
      indices.push(a, a + n + 1, a + 1, a + 1, a + n + 1, a + n + 2)
    }
  }
  const accessor = (type: 'VEC3' | 'SCALAR', array: Float32Array | Uint32Array) =>
    document.createAccessor().setType(type).setArray(array).setBuffer(buffer)
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', accessor('VEC3', Float32Array.from(positions)))
    .setAttribute('NORMAL', accessor('VEC3', Float32Array.from(normals)))
    .setIndices(accessor('SCALAR', Uint32Array.from(indices)))
  const mesh = document.createMesh('grid').addPrimitive(primitive)
  document.createScene().addChild(document.createNode('grid').setMesh(mesh))
  return Buffer.from(await new NodeIO().writeBinary(document))
}

const jsonOf = (glb: Buffer) => JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8'))

describe('GLB compression', () => {
  it('stores meshes meshopt-compressed: smaller, still valid, with the same geometry', async () => {
    const original = await gridGlb(60)
    const compressed = await compressGlb(original)
    expect(compressed.length).toBeLessThan(original.length * 0.6)
    expect(jsonOf(compressed).extensionsRequired).toContain('EXT_meshopt_compression')
    expect(await checkGlb(compressed)).toEqual({ ok: true })

    await MeshoptDecoder.ready
    const io = new NodeIO()
      .registerExtensions(ALL_EXTENSIONS)
      .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
    const decoded = await io.readBinary(new Uint8Array(compressed))
    const primitive = decoded.getRoot().listMeshes()[0]?.listPrimitives()[0]
    expect(primitive?.getAttribute('POSITION')?.getCount()).toBe(61 * 61)
    expect(primitive?.getIndices()?.getCount()).toBe(60 * 60 * 6)
  })

  it('keeps a model that compression would not make smaller as it was', async () => {
    const tiny = await gridGlb(1)
    expect(await compressGlb(tiny)).toBe(tiny)
  })
})
