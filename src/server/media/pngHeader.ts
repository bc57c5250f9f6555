/**
 * Width and height from a PNG's IHDR chunk, which the format requires to come first. Read by hand so a file that
 * claims 30000 x 30000 pixels is refused from 24 bytes, without handing it to a decoder.
 */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16))
  if (chunkType !== 'IHDR') return undefined
  return { width: view.getUint32(16), height: view.getUint32(20) }
}
