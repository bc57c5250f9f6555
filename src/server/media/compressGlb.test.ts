import { NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import { describe, expect, it } from 'vitest'
import { gridGlb } from '../../../e2e/support/gridGlb'
import { checkGlb } from './checkGlb'
import { compressGlb } from './compressGlb'

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
