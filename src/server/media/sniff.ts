/** The upload types the hall accepts, told apart by their first bytes: names and declared types are not trusted. */
export type MediaType = 'jpeg' | 'png' | 'webp' | 'glb'

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte)

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0))

export function sniffMediaType(bytes: Uint8Array): MediaType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp'
  if (startsWith(bytes, ascii('glTF'))) return 'glb'
  return undefined
}

/** The first bytes in hex, so a refusal can say what the file actually starts with. */
export const leadingBytes = (bytes: Uint8Array, count = 8) =>
  [...bytes.subarray(0, count)].map((byte) => byte.toString(16).padStart(2, '0')).join(' ')
