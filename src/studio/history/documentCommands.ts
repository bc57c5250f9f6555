import { type Json, jsonEqual } from '../../content/merge'
import type { Exhibition, Source } from '../../content/schema'
import type { Command } from './commands'

/** The exhibition's own texts: what a curator edits besides the exhibits and the hall. */
export type ExhibitionTexts = Pick<Exhibition, 'title' | 'subtitle' | 'sources'>

const differ = (a: Source | undefined, b: Source | undefined) =>
  !jsonEqual(a as Json | undefined, b as Json | undefined)

/**
 * Makes, in the sources as they are then, only the changes that lead from `from` to `to`, source by source (by id):
 * sources someone else changed or added meanwhile, merged into the screen, are left as they are.
 */
function changeSources(from: readonly Source[], to: readonly Source[]) {
  const before = new Map(from.map((source) => [source.id, source]))
  const after = new Map(to.map((source) => [source.id, source]))
  return (current: readonly Source[]): Source[] => {
    const next = current
      .filter((source) => !(before.has(source.id) && !after.has(source.id)))
      .map((source) => {
        const wanted = after.get(source.id)
        return wanted && differ(before.get(source.id), wanted) ? wanted : source
      })
    to.forEach((source, index) => {
      if (before.has(source.id) || next.some((kept) => kept.id === source.id)) return
      // A source this edit adds (or an undo brings back) goes after the one it followed.
      const previous = to[index - 1]
      const after = previous ? next.findIndex((kept) => kept.id === previous.id) : -1
      next.splice(!previous ? 0 : after >= 0 ? after + 1 : next.length, 0, source)
    })
    return next
  }
}

/**
 * Changes the exhibition's title, subtitle or sources. Apply and revert set only what this edit changed (sources
 * one by one), so an undo after others' saves were merged in takes back only this edit, as exhibit edits do.
 */
export function updateExhibitionTexts(label: string, before: Exhibition, changes: Partial<ExhibitionTexts>): Command {
  const { sources, ...texts } = changes
  const keys = Object.keys(texts) as (keyof typeof texts)[]
  const previous = Object.fromEntries(keys.map((key) => [key, before[key]])) as typeof texts
  const forward = sources ? changeSources(before.sources, sources) : null
  const backward = sources ? changeSources(sources, before.sources) : null
  return {
    label,
    exhibitId: null,
    apply: (doc) => ({ ...doc, ...texts, ...(forward ? { sources: forward(doc.sources) } : {}) }),
    revert: (doc) => ({ ...doc, ...previous, ...(backward ? { sources: backward(doc.sources) } : {}) }),
  }
}
