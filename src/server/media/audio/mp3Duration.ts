import { type AudioReading, ascii, unreadable } from './audioFacts'

// kbit/s by [MPEG-1?][layer 1..3][index]; MPEG-2 and 2.5 share a table.
const BITRATES = {
  mpeg1: [
    [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
    [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  ],
  mpeg2: [
    [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
    [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  ],
} as const
const SAMPLE_RATES: Record<number, readonly number[]> = {
  3: [44_100, 48_000, 32_000],
  2: [22_050, 24_000, 16_000],
  0: [11_025, 12_000, 8_000],
}

interface Frame {
  length: number
  samples: number
  rate: number
}

/** The MPEG audio frame whose header starts at `at`, or undefined when none does. */
export function mpegFrame(bytes: Uint8Array, at: number): Frame | undefined {
  const b1 = bytes[at + 1] ?? 0
  const b2 = bytes[at + 2] ?? 0
  if (bytes[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined
  const version = (b1 >> 3) & 3
  const layer = 4 - ((b1 >> 1) & 3)
  const bitrateIndex = b2 >> 4
  const rate = SAMPLE_RATES[version]?.[(b2 >> 2) & 3]
  if (version === 1 || layer === 4 || bitrateIndex === 0 || bitrateIndex === 15 || !rate) return undefined
  const table = version === 3 ? BITRATES.mpeg1 : BITRATES.mpeg2
  const bitrate = (table[layer - 1]?.[bitrateIndex] ?? 0) * 1000
  const padding = (b2 >> 1) & 1
  if (layer === 1) return { length: (Math.floor((12 * bitrate) / rate) + padding) * 4, samples: 384, rate }
  const perFrame = layer === 3 && version !== 3 ? 576 : 1152
  return { length: Math.floor(((perFrame / 8) * bitrate) / rate) + padding, samples: perFrame, rate }
}

/** Bytes of an ID3v2 tag at the start (its size is stored 7 bits per byte), or 0. */
function id3Length(bytes: Uint8Array): number {
  if (ascii(bytes, 0, 3) !== 'ID3' || bytes.length < 10) return 0
  const size = [6, 7, 8, 9].reduce((sum, i) => sum * 128 + ((bytes[i] ?? 0) & 0x7f), 0)
  return 10 + size + ((bytes[5] ?? 0) & 0x10 ? 10 : 0)
}

/**
 * An MP3's length by walking every frame from the first to the last: frames must follow one another with nothing
 * between them (an ID3v1 or APE tag may close the file), so a disguised, damaged or cut-short file is caught.
 */
export function mp3Duration(bytes: Buffer): AudioReading {
  let offset = id3Length(bytes)
  if (offset > bytes.length) return unreadable('it is truncated inside its ID3 tag')
  let seconds = 0
  let frames = 0
  while (offset < bytes.length) {
    const frame = mpegFrame(bytes, offset)
    if (!frame) {
      const rest = ascii(bytes, offset, 3)
      if (frames > 0 && (rest === 'TAG' || ascii(bytes, offset, 8) === 'APETAGEX')) break
      return unreadable(
        frames === 0
          ? 'it holds no MPEG audio frames'
          : `it is damaged: frame ${frames + 1} at byte ${offset} is not MPEG audio`,
      )
    }
    if (offset + frame.length > bytes.length) return unreadable(`it is truncated: its frame ${frames + 1} is cut short`)
    seconds += frame.samples / frame.rate
    frames++
    offset += frame.length
  }
  if (frames < 2) return unreadable('it holds no MPEG audio frames')
  return { ok: true, seconds, codec: 'mp3' }
}
