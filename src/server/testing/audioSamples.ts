import { oggCrc } from '../media/audio/oggDuration'

/**
 * Narration upload bodies made in code (no binaries in the repository): a WAV that really plays, and Ogg, MP3 and
 * M4A files whose containers are complete and say how long they are, with token audio inside.
 */

/** A mono 16-bit PCM WAV of a 440 Hz tone: browsers play it, so e2e tests can hear it end. */
export function wav(seconds: number, rate = 8000): Buffer {
  const samples = Math.round(seconds * rate)
  const data = Buffer.alloc(samples * 2)
  for (let i = 0; i < samples; i++)
    data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000), i * 2)
  const header = Buffer.alloc(44)
  header.write('RIFF', 0, 'ascii')
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVEfmt ', 8, 'ascii')
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(rate, 24)
  header.writeUInt32LE(rate * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36, 'ascii')
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}

function oggPage(flags: number, granule: bigint, sequence: number, packet: Buffer): Buffer {
  const lacing: number[] = []
  let left = packet.length
  while (left >= 255) {
    lacing.push(255)
    left -= 255
  }
  lacing.push(left)
  const header = Buffer.alloc(27)
  header.write('OggS', 0, 'ascii')
  header[5] = flags
  header.writeBigInt64LE(granule, 6)
  header.writeUInt32LE(0x4d48, 14)
  header.writeUInt32LE(sequence, 18)
  header[26] = lacing.length
  const page = Buffer.concat([header, Buffer.from(lacing), packet])
  page.writeUInt32LE(oggCrc(page), 22)
  return page
}

/** An Ogg Opus stream lasting `seconds` by its last granule position; `ended: false` leaves off its last page. */
export function oggOpus(seconds: number, { ended = true } = {}): Buffer {
  const head = Buffer.alloc(19)
  head.write('OpusHead', 0, 'ascii')
  head[8] = 1
  head[9] = 1
  head.writeUInt16LE(312, 10)
  head.writeUInt32LE(48_000, 12)
  const tags = Buffer.concat([Buffer.from('OpusTags', 'ascii'), Buffer.alloc(8)])
  // A 20 ms silent Opus frame (TOC byte 0xf8: CELT fullband, one frame) stands for the audio.
  const pages = [oggPage(0x02, 0n, 0, head), oggPage(0, 0n, 1, tags)]
  const total = BigInt(Math.round(seconds * 48_000) + 312)
  const middle = total / 2n
  pages.push(oggPage(0, middle, 2, Buffer.from([0xf8, 0xff, 0xfe])))
  if (ended) pages.push(oggPage(0x04, total, 3, Buffer.from([0xf8, 0xff, 0xfe])))
  return Buffer.concat(pages)
}

/** An MP3 of `seconds`: MPEG-1 layer III frames at 128 kbit/s, 44.1 kHz, or MPEG-2.5 at 8 kbit/s for long ones. */
export function mp3(seconds: number, { lowRate = false } = {}): Buffer {
  const [header, length, samples, rate] = lowRate
    ? [[0xff, 0xe3, 0x18, 0xc0], 72, 576, 8000]
    : [[0xff, 0xfb, 0x90, 0xc0], 417, 1152, 44_100]
  const frame = Buffer.alloc(length)
  frame.set(header)
  const count = Math.round((seconds * rate) / samples)
  return Buffer.concat([Buffer.from('ID3\x03\x00\x00\x00\x00\x00\x00', 'latin1'), ...Array(count).fill(frame)])
}

function box(type: string, ...contents: Buffer[]): Buffer {
  const body = Buffer.concat(contents)
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + body.length)
  header.write(type, 4, 'ascii')
  return Buffer.concat([header, body])
}

const u32 = (...values: number[]) => {
  const out = Buffer.alloc(values.length * 4)
  values.forEach((value, i) => {
    out.writeUInt32BE(value, i * 4)
  })
  return out
}

/**
 * An M4A of `seconds` with one sound track; `fragmented` lays it out as MediaRecorder does (no duration in the
 * header, samples in movie fragments).
 */
export function m4a(seconds: number, { fragmented = false } = {}): Buffer {
  const scale = 48_000
  const ticks = Math.round(seconds * scale)
  const ftyp = box('ftyp', Buffer.from('M4A \x00\x00\x02\x00isomiso2', 'latin1'))
  const header = (duration: number) => u32(0, 0, 0, scale, duration)
  const hdlr = box('hdlr', u32(0, 0), Buffer.from('soun', 'ascii'), u32(0, 0, 0), Buffer.from('Sound\0', 'ascii'))
  const trak = box('trak', box('mdia', box('mdhd', header(fragmented ? 0 : ticks), u32(0)), hdlr))
  const mdat = box('mdat', Buffer.alloc(64))
  if (!fragmented) return Buffer.concat([ftyp, box('moov', box('mvhd', header(ticks)), trak), mdat])
  const mvex = box('mvex', box('trex', u32(0, 1, 1, 960, 0, 0)))
  // Frames of 960 ticks (20 ms) with the tfhd default duration, in one fragment per second.
  const fragments: Buffer[] = []
  for (let done = 0; done < ticks; done += scale) {
    const count = Math.round(Math.min(scale, ticks - done) / 960)
    const traf = box('traf', box('tfhd', u32(0x08, 1, 960)), box('trun', u32(0, count)))
    fragments.push(box('moof', box('mfhd', u32(0, fragments.length + 1)), traf), mdat)
  }
  return Buffer.concat([ftyp, box('moov', box('mvhd', header(0)), trak, mvex), ...fragments])
}

/** A web page saved under an audio name: what a disguised upload looks like. */
export const htmlPage = () =>
  Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script>narration</body></html>', 'utf8')
