import type { ContentProblem } from './parse'
import type { Exhibition } from './schema'

/**
 * What a valid draft still lacks before visitors may see it. A draft exhibit may say nothing yet about where its
 * text comes from; a published one names a source passage or is marked as the curators' own note, so no visitor
 * ever reads an unattributed text as sourced (nor a sourced one as the curators' own).
 */
export function publishProblems(doc: Exhibition): ContentProblem[] {
  return doc.exhibits.flatMap((exhibit, index) =>
    exhibit.citation || exhibit.curatorNote
      ? []
      : [
          {
            path: `exhibits[${index}] "${exhibit.id}".citation`,
            message: `“${exhibit.title.en}” has no source: pick a source and its paragraphs, or mark it as a curator's note`,
          },
        ],
  )
}

/** The exhibits citing a source, by English title: deleting the source is refused while there are any. */
export function exhibitsCiting(doc: Exhibition, sourceId: string): string[] {
  return doc.exhibits.filter((exhibit) => exhibit.citation?.source === sourceId).map((exhibit) => exhibit.title.en)
}
