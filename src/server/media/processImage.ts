import sharp from 'sharp'
import { IMAGE_SIZES, MEDIA_LIMITS } from './limits'
import { readPngSize } from './pngHeader'
import { refusal, type UploadRefusal } from './refusal'
import type { MediaType } from './sniff'

export interface ProcessedImage {
  width: number
  height: number
  /** WebP at the hall's size and at thumbnail size. */
  full: Buffer
  thumbnail: Buffer
}

type ImageOutcome = { ok: true; image: ProcessedImage } | { ok: false; refusal: UploadRefusal }

const NAMES: Record<Exclude<MediaType, 'glb'>, string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' }

/** Size from the header only: sharp's metadata() reads no pixel data, and PNG's is read by hand. */
async function headerSize(bytes: Buffer, type: Exclude<MediaType, 'glb'>) {
  if (type === 'png') return readPngSize(bytes)
  try {
    const { width, height } = await sharp(bytes, { limitInputPixels: false }).metadata()
    return width && height ? { width, height } : undefined
  } catch {
    return undefined
  }
}

/**
 * Checks an uploaded photo's dimensions, then decodes and re-encodes it: the stored file is one this server wrote
 * (no metadata, no trailing bytes, no polyglot), oriented by its EXIF tag and no larger than the hall draws it.
 */
export async function processImage(bytes: Buffer, type: Exclude<MediaType, 'glb'>): Promise<ImageOutcome> {
  const name = NAMES[type]
  const size = await headerSize(bytes, type)
  if (!size) return refusal(422, `The file starts like a ${name} but its header is damaged; export it again.`)
  const { width, height } = size
  const megapixels = (width * height) / 1_000_000
  if (width > MEDIA_LIMITS.imageSide || height > MEDIA_LIMITS.imageSide || width * height > MEDIA_LIMITS.imagePixels) {
    return refusal(
      422,
      `The image is ${width} × ${height} pixels (${megapixels.toFixed(0)} megapixels); the limit is ` +
        `${MEDIA_LIMITS.imagePixels / 1_000_000} megapixels and ${MEDIA_LIMITS.imageSide} pixels a side. ` +
        `Scale it down to about ${IMAGE_SIZES.full} pixels wide first.`,
    )
  }
  try {
    // limitInputPixels again: the header check above is the message, this is the guarantee.
    const input = () => sharp(bytes, { limitInputPixels: MEDIA_LIMITS.imagePixels, failOn: 'error' }).rotate()
    const within = (side: number) => ({ width: side, height: side, fit: 'inside' as const, withoutEnlargement: true })
    const full = await input()
      .resize(within(IMAGE_SIZES.full))
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true })
    const thumbnail = await input().resize(within(IMAGE_SIZES.thumbnail)).webp({ quality: 75 }).toBuffer()
    return { ok: true, image: { width: full.info.width, height: full.info.height, full: full.data, thumbnail } }
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    return refusal(422, `The ${name} image could not be read (${reason}); it may be damaged or incomplete.`)
  }
}
