import { NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { meshopt, reorder } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'

/**
 * Meshes of an uploaded, already validated GLB compressed with meshoptimizer (EXT_meshopt_compression, quantized
 * attributes): visitors on venue Wi-Fi fetch a fraction of the bytes, and the hall decodes them with three's
 * MeshoptDecoder. A model that does not get smaller is kept as it was.
 */
export async function compressGlb(bytes: Buffer): Promise<Buffer> {
  await MeshoptEncoder.ready
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({ 'meshopt.encoder': MeshoptEncoder })
  const document = await io.readBinary(new Uint8Array(bytes))
  await document.transform(reorder({ encoder: MeshoptEncoder }), meshopt({ encoder: MeshoptEncoder, level: 'medium' }))
  const compressed = Buffer.from(await io.writeBinary(document))
  return compressed.length < bytes.length ? compressed : bytes
}
