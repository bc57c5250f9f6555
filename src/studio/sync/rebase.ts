import { type FieldConflict, type Json, mergeThreeWay, setAtPath } from '../../content/merge'
import type { Exhibition } from '../../content/schema'

export type Choice = 'mine' | 'theirs'

const asJson = (doc: Exhibition) => doc as unknown as Json
// Merging two valid documents keeps every field's shape; rules across fields (a tour stop taken twice) are then
// reported by the editor's schema check like any other problem.
const asExhibition = (value: Json | undefined) => value as unknown as Exhibition

/** The curator's edits (`ours`, made on `base`) carried onto the newer `theirs`, and the fields both changed. */
export function rebase(
  base: Exhibition,
  ours: Exhibition,
  theirs: Exhibition,
): { doc: Exhibition; conflicts: FieldConflict[] } {
  const { merged, conflicts } = mergeThreeWay(asJson(base), asJson(ours), asJson(theirs))
  return { doc: asExhibition(merged), conflicts }
}

/** The merged document with each conflict settled: theirs is already there; "mine" puts the curator's value back. */
export function resolve(
  merged: Exhibition,
  conflicts: readonly FieldConflict[],
  choices: readonly Choice[],
): Exhibition {
  let doc = asJson(merged)
  conflicts.forEach((conflict, index) => {
    if (choices[index] === 'mine') doc = setAtPath(doc, conflict.path, conflict.ours)
  })
  return asExhibition(doc)
}
