import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { MediaRecord } from '../db/mediaRepository'
import { checkAudio } from './audio/checkAudio'
import { checkGlb } from './checkGlb'
import { compressGlb } from './compressGlb'
import { MEDIA_LIMITS } from './limits'
import { bytesAfterPngEnd, markupIn } from './polyglot'
import { processImage } from './processImage'
import { megabytes, refusal, type UploadRefusal } from './refusal'
import { leadingBytes, sniffMediaType } from './sniff'

export interface Upload {
  /** As the curator's computer named it: shown in the library, never used as a path. */
  name: string
  bytes: Buffer
}

export type UploadOutcome = { ok: true; media: MediaRecord; thumbnail?: string } | { ok: false; refusal: UploadRefusal }

/** Names the server makes up: nothing of the uploaded name reaches the file system or a URL. */
const newMediaId = () => randomBytes(12).toString('hex')

/**
 * Takes one uploaded file through the checks for its real type (from its bytes) and stores what passes under a new
 * name in `mediaDir`. Images are stored re-encoded as WebP; models, once validated, with meshopt-compressed meshes.
 */
export async function acceptUpload(upload: Upload, mediaDir: string, now: Date): Promise<UploadOutcome> {
  const { bytes } = upload
  const type = sniffMediaType(bytes)
  if (!type) {
    const audio = checkAudio(upload.name, bytes)
    if (audio) return audio.ok ? storeAudio(upload, audio.format, audio.seconds, mediaDir, now) : audio
    const page = markupIn(bytes.subarray(0, 1024)) ? ' (it is a web page)' : ''
    return refusal(
      415,
      `"${upload.name}" is not a JPEG, PNG, WebP, GLB, Ogg, MP3, M4A or WAV file${page}: its contents start with ` +
        `${leadingBytes(bytes) || 'nothing'}, whatever its name says. Export it again in one of those formats.`,
    )
  }
  const limit = type === 'glb' ? MEDIA_LIMITS.modelBytes : MEDIA_LIMITS.imageBytes
  if (bytes.length > limit) {
    return refusal(
      413,
      `"${upload.name}" is ${megabytes(bytes.length)}; the limit for this kind of file is ${megabytes(limit)}.`,
    )
  }
  const markup = markupIn(bytes)
  if (markup) {
    return refusal(
      422,
      `"${upload.name}" holds HTML or script ("${markup.slice(0, 20)}") as well as ${type.toUpperCase()} data: a file ` +
        'that is two things at once is refused. Export it again from the program that made it.',
    )
  }
  const trailing = type === 'png' ? bytesAfterPngEnd(bytes) : 0
  if (trailing) {
    return refusal(422, `"${upload.name}" has ${trailing} bytes after the end of its PNG image; export it again.`)
  }
  await mkdir(mediaDir, { recursive: true })
  const id = newMediaId()
  const base = { id, originalName: upload.name.slice(0, 200), createdAt: now.toISOString() }
  if (type === 'glb') {
    const checked = await checkGlb(bytes)
    if (!checked.ok) return checked
    const stored = await compressGlb(bytes)
    await writeFile(join(mediaDir, `${id}.glb`), stored)
    return {
      ok: true,
      media: { ...base, kind: 'model', src: `media/${id}.glb`, bytes: stored.length, width: null, height: null },
    }
  }
  const processed = await processImage(bytes, type)
  if (!processed.ok) return processed
  const { image } = processed
  await writeFile(join(mediaDir, `${id}.webp`), image.full)
  await writeFile(join(mediaDir, `${id}-thumb.webp`), image.thumbnail)
  return {
    ok: true,
    media: {
      ...base,
      kind: 'image',
      src: `media/${id}.webp`,
      bytes: image.full.length,
      width: image.width,
      height: image.height,
    },
    thumbnail: `media/${id}-thumb.webp`,
  }
}

/** A narration recording that passed its checks, stored as it came (browsers play it) under a new name. */
async function storeAudio(
  upload: Upload,
  format: string,
  seconds: number,
  mediaDir: string,
  now: Date,
): Promise<UploadOutcome> {
  const markup = markupIn(upload.bytes)
  if (markup) {
    return refusal(
      422,
      `"${upload.name}" holds HTML or script ("${markup.slice(0, 20)}") as well as audio: a file that is two things at ` +
        'once is refused. Export it again from the program that made it.',
    )
  }
  await mkdir(mediaDir, { recursive: true })
  const id = newMediaId()
  await writeFile(join(mediaDir, `${id}.${format}`), upload.bytes)
  return {
    ok: true,
    media: {
      id,
      kind: 'audio',
      src: `media/${id}.${format}`,
      originalName: upload.name.slice(0, 200),
      bytes: upload.bytes.length,
      width: null,
      height: null,
      seconds: Math.round(seconds * 1000) / 1000,
      createdAt: now.toISOString(),
    },
  }
}
