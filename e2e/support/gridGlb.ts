import { Document, NodeIO } from '@gltf-transform/core'

/** A gently rippled grid of `n` by `n` quads (2 n² triangles) as a GLB, as a modelling tool would export it. */
export async function gridGlb(n: number): Promise<Buffer> {
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
  const accessor = (type: 'VEC3' | 'SCALAR', array: Float32Array<ArrayBuffer> | Uint32Array<ArrayBuffer>) =>
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
