import { type AudioReading, ascii, unreadable } from './audioFacts'

/** A RIFF/WAVE file's length from its format chunk and the size of its data chunk, which must all be present. */
export function wavDuration(bytes: Buffer): AudioReading {
  let byteRate = 0
  let format = 0
  let offset = 12
  while (offset + 8 <= bytes.length) {
    const id = ascii(bytes, offset, 4)
    const size = bytes.readUInt32LE(offset + 4)
    const body = offset + 8
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > bytes.length) return unreadable('its format chunk is cut short')
      format = bytes.readUInt16LE(body)
      byteRate = bytes.readUInt32LE(body + 8)
    }
    if (id === 'data') {
      if (!byteRate) return unreadable('it has no format chunk before its sound data')
      if (body + size > bytes.length) {
        return unreadable(
          `it is truncated: its sound data should be ${size} bytes, only ${bytes.length - body} are there`,
        )
      }
      // 1 PCM, 3 float, 0xfffe extensible: the encodings browsers play from a WAV file.
      if (![1, 3, 0xfffe].includes(format))
        return unreadable(`its sound is encoded in a form browsers do not play (${format})`)
      return { ok: true, seconds: size / byteRate, codec: 'pcm' }
    }
    offset = body + size + (size % 2)
  }
  return unreadable(offset > bytes.length ? 'it is truncated inside a chunk' : 'it has no sound data chunk')
}
