import { megabytes, refusal, type UploadRefusal } from '../refusal'
import { type AudioFormat, type AudioReading, sniffAudio } from './audioFacts'
import { mp3Duration } from './mp3Duration'
import { mp4Duration } from './mp4Duration'
import { oggDuration } from './oggDuration'
import { wavDuration } from './wavDuration'

/** What a narration recording may be: long enough to say something, short enough to listen to at a stand. */
export const AUDIO_LIMITS = { bytes: 20 * 1024 * 1024, minSeconds: 1, maxSeconds: 10 * 60 } as const

const READERS: Record<AudioFormat, (bytes: Buffer) => AudioReading> = {
  ogg: oggDuration,
  mp3: mp3Duration,
  m4a: mp4Duration,
  wav: wavDuration,
}

const NAMES: Record<AudioFormat, string> = { ogg: 'Ogg', mp3: 'MP3', m4a: 'M4A (MP4 audio)', wav: 'WAV' }

export type AudioCheck = { ok: true; format: AudioFormat; seconds: number } | { ok: false; refusal: UploadRefusal }

const clock = (seconds: number) =>
  seconds >= 60 ? `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(1)} s`

/**
 * A narration recording checked by its bytes alone: a container the browser plays, read from end to end, of a
 * length and size a visitor at a stand can use. `undefined` when the bytes are no audio format at all.
 */
export function checkAudio(name: string, bytes: Buffer): AudioCheck | undefined {
  const format = sniffAudio(bytes)
  if (!format) return undefined
  if (bytes.length > AUDIO_LIMITS.bytes) {
    return refusal(
      413,
      `"${name}" is ${megabytes(bytes.length)}; a narration recording may be at most ${megabytes(AUDIO_LIMITS.bytes)}.`,
    )
  }
  const reading = READERS[format](bytes)
  if (!reading.ok) {
    return refusal(422, `"${name}" looks like ${NAMES[format]} audio but ${reading.reason}. Export or record it again.`)
  }
  if (reading.seconds < AUDIO_LIMITS.minSeconds) {
    return refusal(422, `"${name}" lasts ${clock(reading.seconds)}; a narration recording must last at least 1 s.`)
  }
  if (reading.seconds > AUDIO_LIMITS.maxSeconds) {
    return refusal(
      422,
      `"${name}" lasts ${clock(reading.seconds)}; a narration recording may last at most 10 min. Shorten it.`,
    )
  }
  return { ok: true, format, seconds: reading.seconds }
}
