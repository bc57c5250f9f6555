import { type AudioReading, ascii, unreadable } from './audioFacts'

/** Ogg's page checksum: CRC-32 with polynomial 0x04c11db7, not reflected, over the page with its CRC field zeroed. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let r = n << 24
  for (let i = 0; i < 8; i++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1
  return r >>> 0
})

export function oggCrc(page: Uint8Array): number {
  let crc = 0
  for (let i = 0; i < page.length; i++) {
    const byte = i >= 22 && i < 26 ? 0 : (page[i] ?? 0)
    crc = ((crc << 8) ^ (CRC_TABLE[((crc >>> 24) ^ byte) & 0xff] ?? 0)) >>> 0
  }
  return crc
}

/**
 * An Ogg Opus or Vorbis stream's length from the granule position of its last page. Every page is walked and its
 * checksum checked, so a file cut short, padded with other bytes or damaged on the way is caught here.
 */
export function oggDuration(bytes: Buffer): AudioReading {
  let offset = 0
  let serial: number | undefined
  let codec: 'opus' | 'vorbis' | undefined
  let rate = 48_000
  let preSkip = 0
  let lastGranule = -1n
  let ended = false
  while (offset < bytes.length) {
    if (offset + 27 > bytes.length) return unreadable('it is truncated: its last page is cut short')
    if (ascii(bytes, offset, 4) !== 'OggS') return unreadable(`it holds bytes that are not Ogg pages at byte ${offset}`)
    const segments = bytes[offset + 26] ?? 0
    if (offset + 27 + segments > bytes.length) return unreadable('it is truncated: its last page is cut short')
    let size = 27 + segments
    for (let i = 0; i < segments; i++) size += bytes[offset + 27 + i] ?? 0
    if (offset + size > bytes.length) return unreadable('it is truncated: its last page is cut short')
    const page = bytes.subarray(offset, offset + size)
    if (oggCrc(page) !== bytes.readUInt32LE(offset + 22)) return unreadable(`its page at byte ${offset} is damaged`)
    const pageSerial = bytes.readUInt32LE(offset + 14)
    const body = offset + 27 + segments
    if (serial === undefined) {
      serial = pageSerial
      if (ascii(bytes, body, 8) === 'OpusHead') {
        codec = 'opus'
        preSkip = bytes.readUInt16LE(body + 10)
      } else if (ascii(bytes, body, 7) === '\x01vorbis') {
        codec = 'vorbis'
        rate = bytes.readUInt32LE(body + 12)
      } else return unreadable('its stream is neither Opus nor Vorbis')
    }
    if (pageSerial === serial) {
      const granule = bytes.readBigInt64LE(offset + 6)
      if (granule >= 0n) lastGranule = granule
      if ((bytes[offset + 5] ?? 0) & 0x04) ended = true
    }
    offset += size
  }
  if (!codec || !rate) return unreadable('it holds no audio stream')
  if (!ended) return unreadable('it is truncated: its stream has no last page')
  if (lastGranule < 0n) return unreadable('it holds no audio')
  return { ok: true, seconds: Math.max(0, Number(lastGranule) - preSkip) / rate, codec }
}
