/** What an upload may be. Sized for exhibition stands seen at a few metres, on a headset as well as a laptop. */
export const MEDIA_LIMITS = {
  /** Bytes of an uploaded photo or drawing, before re-encoding. */
  imageBytes: 20 * 1024 * 1024,
  /** Bytes of a GLB model: textures included, since they must be embedded. */
  modelBytes: 30 * 1024 * 1024,
  /** Pixels of an uploaded image: refused from its header, before decoding a byte of it. */
  imagePixels: 50_000_000,
  imageSide: 12_000,
  /** Either side of a texture inside a model: larger ones cost a headset more memory than they show. */
  textureSide: 4096,
} as const

/** The widths the hall draws images at: the stand (and the panel beside the hall) and the studio's thumbnails. */
export const IMAGE_SIZES = { full: 2048, thumbnail: 512 } as const
