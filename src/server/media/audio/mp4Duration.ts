import { type AudioReading, ascii, unreadable } from './audioFacts'

interface Box {
  type: string
  /** Where the box's contents start and end. */
  start: number
  end: number
}

/** The boxes laid end to end in [from, to); undefined when one claims to run past the end (a file cut short). */
function boxesIn(bytes: Buffer, from: number, to: number): Box[] | undefined {
  const boxes: Box[] = []
  let offset = from
  while (offset + 8 <= to) {
    let size = bytes.readUInt32BE(offset)
    let header = 8
    if (size === 1) {
      if (offset + 16 > to) return undefined
      size = Number(bytes.readBigUInt64BE(offset + 8))
      header = 16
    } else if (size === 0) size = to - offset
    if (size < header || offset + size > to) return undefined
    boxes.push({ type: ascii(bytes, offset + 4, 4), start: offset + header, end: offset + size })
    offset += size
  }
  return offset === to ? boxes : undefined
}

const child = (bytes: Buffer, box: Box | undefined, type: string) =>
  box ? boxesIn(bytes, box.start, box.end)?.find((candidate) => candidate.type === type) : undefined
const children = (bytes: Buffer, box: Box, type: string) =>
  (boxesIn(bytes, box.start, box.end) ?? []).filter((candidate) => candidate.type === type)

/** Timescale and duration of an mvhd or mdhd box (version 0 or 1). */
function timing(bytes: Buffer, box: Box): { scale: number; duration: number } {
  const v1 = bytes[box.start] === 1
  const scale = bytes.readUInt32BE(box.start + (v1 ? 20 : 12))
  const duration = v1 ? Number(bytes.readBigUInt64BE(box.start + 24)) : bytes.readUInt32BE(box.start + 16)
  // All ones means "unknown" (a recording still being written when its header was).
  return { scale, duration: duration === 0xffffffff || duration === Number.MAX_SAFE_INTEGER ? 0 : duration }
}

/** Total sample duration of one movie fragment's runs (trun), with tfhd's and trex's defaults. */
function fragmentTicks(bytes: Buffer, moof: Box, trexDefault: number): number {
  let ticks = 0
  for (const traf of children(bytes, moof, 'traf')) {
    const tfhd = child(bytes, traf, 'tfhd')
    let fallback = trexDefault
    if (tfhd) {
      const flags = bytes.readUInt32BE(tfhd.start) & 0xffffff
      let at = tfhd.start + 8
      if (flags & 0x01) at += 8
      if (flags & 0x02) at += 4
      if (flags & 0x08) fallback = bytes.readUInt32BE(at)
    }
    for (const trun of children(bytes, traf, 'trun')) {
      const flags = bytes.readUInt32BE(trun.start) & 0xffffff
      const count = bytes.readUInt32BE(trun.start + 4)
      let at = trun.start + 8 + (flags & 0x01 ? 4 : 0) + (flags & 0x04 ? 4 : 0)
      const fields = [0x100, 0x200, 0x400, 0x800].filter((bit) => flags & bit).length
      if (!(flags & 0x100)) {
        ticks += count * fallback
        continue
      }
      for (let i = 0; i < count && at + 4 <= trun.end; i++, at += fields * 4) ticks += bytes.readUInt32BE(at)
    }
  }
  return ticks
}

/**
 * An MP4 audio file's (M4A) length: from the movie header, or for a fragmented recording (what browsers'
 * MediaRecorder writes) from the sample durations of its fragments. Every top-level box must fit in the file.
 */
export function mp4Duration(bytes: Buffer): AudioReading {
  const top = boxesIn(bytes, 0, bytes.length)
  if (!top) return unreadable('it is truncated: its last box runs past the end of the file')
  if (top[0]?.type !== 'ftyp') return unreadable('it does not start with an MP4 file type box')
  const moov = top.find((box) => box.type === 'moov')
  if (!moov) return unreadable('it has no movie header (moov)')
  const tracks = children(bytes, moov, 'trak')
  const sound = tracks.find((trak) => {
    const hdlr = child(bytes, child(bytes, trak, 'mdia'), 'hdlr')
    return hdlr !== undefined && ascii(bytes, hdlr.start + 8, 4) === 'soun'
  })
  if (!sound) return unreadable('it holds no sound track')
  if (tracks.length > 1) return unreadable('it holds more than a sound track (a video?)')
  if (!top.some((box) => box.type === 'mdat')) return unreadable('it holds no media data (mdat)')
  const mvhd = child(bytes, moov, 'mvhd')
  const mdhd = child(bytes, child(bytes, sound, 'mdia'), 'mdhd')
  if (!mvhd || !mdhd) return unreadable('its headers are incomplete')
  const movie = timing(bytes, mvhd)
  const track = timing(bytes, mdhd)
  const moofs = top.filter((box) => box.type === 'moof')
  if (moofs.length === 0) {
    if (track.scale && track.duration) return { ok: true, seconds: track.duration / track.scale, codec: 'mp4' }
    if (movie.scale && movie.duration) return { ok: true, seconds: movie.duration / movie.scale, codec: 'mp4' }
    return unreadable('its headers give no duration')
  }
  const trex = child(bytes, child(bytes, moov, 'mvex'), 'trex')
  const trexDefault = trex ? bytes.readUInt32BE(trex.start + 12) : 0
  const ticks = moofs.reduce((sum, moof) => sum + fragmentTicks(bytes, moof, trexDefault), 0)
  if (!track.scale) return unreadable('its sound track has no timescale')
  return { ok: true, seconds: ticks / track.scale, codec: 'mp4' }
}
