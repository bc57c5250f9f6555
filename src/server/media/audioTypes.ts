import type { AUDIO_EXTENSIONS } from '../../content/schema'

/**
 * Content types for the narration formats the schema allows. Hono's table lacks some (.ogg, .m4a, .wav) and
 * would send them as application/octet-stream; .opus files are Ogg streams, so audio/ogg as well.
 */
const AUDIO_TYPES: Record<(typeof AUDIO_EXTENSIONS)[number], string> = {
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
}

/** The content type of an audio file by its name, or undefined when it is not one of the narration formats. */
export function audioTypeOf(path: string): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase()
  return extension && extension in AUDIO_TYPES ? AUDIO_TYPES[extension as keyof typeof AUDIO_TYPES] : undefined
}
