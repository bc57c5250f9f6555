/** The narration formats the server accepts, told apart by their bytes; each is stored under this extension. */
export type AudioFormat = 'ogg' | 'mp3' | 'm4a' | 'wav'

/** What reading a container's structure came to: its length in seconds, or why it cannot be played as it is. */
export type AudioReading = { ok: true; seconds: number; codec: string } | { ok: false; reason: string }

export const unreadable = (reason: string): AudioReading => ({ ok: false, reason })

export const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length))

/** The format a file's first bytes announce, whatever its name says. */
export function sniffAudio(bytes: Uint8Array): AudioFormat | undefined {
  if (ascii(bytes, 0, 4) === 'OggS') return 'ogg'
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE') return 'wav'
  if (ascii(bytes, 4, 4) === 'ftyp') return 'm4a'
  if (ascii(bytes, 0, 3) === 'ID3') return 'mp3'
  // An MPEG audio frame header: 11 sync bits, a known version and layer.
  const b1 = bytes[1] ?? 0
  if (bytes[0] === 0xff && (b1 & 0xe0) === 0xe0 && (b1 & 0x18) !== 0x08 && (b1 & 0x06) !== 0) return 'mp3'
  return undefined
}
