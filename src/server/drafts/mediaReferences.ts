import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ContentProblem } from '../../content/parse'
import type { Exhibition } from '../../content/schema'
import type { Hall } from '../hall'

/** Every media path a document names, with where it is named (a readable path, as the schema's problems give). */
function references(doc: Exhibition): { at: string; src: string }[] {
  return doc.exhibits.flatMap((exhibit, index) => {
    const at = `exhibits[${index}] "${exhibit.id}"`
    return [
      ...exhibit.media.map((media, m) => ({ at: `${at}.media[${m}].src`, src: media.src })),
      ...Object.entries(exhibit.audio ?? {}).flatMap(([language, src]) =>
        src ? [{ at: `${at}.audio.${language}`, src }] : [],
      ),
    ]
  })
}

/**
 * Media the new document names that the draft did not and that no file answers for, in the data directory
 * (uploads) or the built app (media shipped with it): a visitor would get a silent button and the static export
 * would fail, so such a save is refused. Paths already in the draft are not re-checked, so an edit elsewhere is
 * never blocked by an old reference.
 */
export function missingMedia(hall: Hall, before: Exhibition, after: Exhibition): ContentProblem[] {
  const known = new Set(references(before).map((reference) => reference.src))
  return references(after)
    .filter(({ src }) => !known.has(src))
    .filter(({ src }) => !existsSync(join(hall.dataDir, src)) && !existsSync(join(hall.distDir, src)))
    .map(({ at, src }) => ({
      path: at,
      message: `"${src}" does not exist on the server: upload the file, or choose one from the media library`,
    }))
}
