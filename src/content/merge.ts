/**
 * Three-way merge of JSON documents, field by field, against the version both sides started from. Generic over the
 * document: objects merge key by key, arrays of objects with an `id` merge element by element by that id (exhibits,
 * zones, sources), other arrays of objects (walls, doorways, media) element by element as aligned with the base
 * (`listEdit`), and everything else (strings, numbers, tuples such as a position, lists of numbers) is one value.
 * Only a value that both sides changed, to different results, is a conflict; the merged document keeps theirs there
 * until resolved.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** A step into a document: an object's key, an element's `id` in an id-keyed array, or an index in any other. */
export type PathSegment = string | number

/** One field both sides changed. A side that is `undefined` removed it (or, for `base`, it was new on both). */
export interface FieldConflict {
  path: PathSegment[]
  base?: Json
  ours?: Json
  theirs?: Json
}

export interface MergeResult {
  merged: Json | undefined
  conflicts: FieldConflict[]
}

type JsonObject = { [key: string]: Json }

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]))
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined)
    const other = Object.keys(b).filter((key) => b[key] !== undefined)
    return keys.length === other.length && keys.every((key) => jsonEqual(a[key], b[key]))
  }
  return false
}

const idOf = (value: Json): string | undefined =>
  isObject(value) && typeof value.id === 'string' ? value.id : undefined

/** Every element an object with an `id`, none repeated: such an array is a set of things, not a list of values. */
function isKeyed(array: Json[] | undefined): boolean {
  if (!array) return true
  const ids = array.map(idOf)
  return ids.every((id) => id !== undefined) && new Set(ids).size === ids.length
}

const byId = (array: Json[] | undefined) => new Map((array ?? []).map((item) => [idOf(item) as string, item]))

/** Theirs' order, with elements theirs lacks (ours added them, or theirs removed them) after their predecessor in ours. */
function keyedOrder(ours: Json[], theirs: Json[]): string[] {
  const order = theirs.map((item) => idOf(item) as string)
  const known = new Set(order)
  let previous: string | undefined
  for (const item of ours) {
    const id = idOf(item) as string
    if (!known.has(id)) {
      const at = previous === undefined ? 0 : order.indexOf(previous) + 1
      order.splice(at, 0, id)
      known.add(id)
    }
    previous = id
  }
  return order
}

function mergeKeyed(
  base: Json[] | undefined,
  ours: Json[],
  theirs: Json[],
  path: PathSegment[],
  conflicts: FieldConflict[],
): Json[] {
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)]
  return keyedOrder(ours, theirs).flatMap((id) => {
    const merged = mergeAt(b.get(id), o.get(id), t.get(id), [...path, id], conflicts)
    return merged === undefined ? [] : [merged]
  })
}

/** What one side did to a list without ids (walls, doorways), read against the base it started from. */
interface ListEdit {
  /** Each base element as this side has it now; `undefined` where this side removed it. */
  kept: (Json | undefined)[]
  /** Elements this side added, by the base index they follow (-1: before the first). */
  added: Map<number, Json[]>
}

/** Lists longer than this on both sides are not aligned element by element (the table grows with their product). */
const ALIGN_LIMIT = 1_000_000

/**
 * Aligns `side` with `base`: elements equal in both keep their place (the longest common subsequence); between two
 * such, the others pair up in order as edits of one another (a moved wall end, a widened doorway), and what is left
 * over was removed (from the base) or added (by the side). The studio appends new walls and doorways, so a list
 * edited and grown at once still pairs each edited element with its original.
 */
export function listEdit(base: readonly Json[], side: readonly Json[]): ListEdit | undefined {
  let start = 0
  while (start < base.length && start < side.length && jsonEqual(base[start], side[start])) start++
  let endB = base.length
  let endS = side.length
  while (endB > start && endS > start && jsonEqual(base[endB - 1], side[endS - 1])) {
    endB--
    endS--
  }
  const n = endB - start
  const m = endS - start
  if (n * m > ALIGN_LIMIT) return undefined
  // lcs[i][j]: the longest common subsequence of base[start + i..endB) and side[start + j..endS).
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[]
      row[j] = jsonEqual(base[start + i], side[start + j])
        ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
        : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0)
    }
  }
  const kept: (Json | undefined)[] = base.map((item) => item)
  const added = new Map<number, Json[]>()
  /** base[b0..b1) and side[s0..s1) between two equal elements: pairs in order, then removals or additions. */
  const gap = (b0: number, b1: number, s0: number, s1: number) => {
    const paired = Math.min(b1 - b0, s1 - s0)
    for (let k = 0; k < paired; k++) kept[b0 + k] = side[s0 + k]
    for (let b = b0 + paired; b < b1; b++) kept[b] = undefined
    if (s1 - s0 > paired) added.set(b1 - 1, side.slice(s0 + paired, s1))
  }
  let [i, j, b0, s0] = [0, 0, start, start]
  while (i < n && j < m) {
    if (jsonEqual(base[start + i], side[start + j])) {
      gap(b0, start + i, s0, start + j)
      i++
      j++
      b0 = start + i
      s0 = start + j
    } else if ((lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0)) i++
    else j++
  }
  gap(b0, endB, s0, endS)
  return { kept, added }
}

/**
 * Merges a list without ids element by element: each base element edited on one side, or on both (merged inside),
 * removed by one side and left alone by the other, and what each side added after the same element (theirs first).
 * A removal of an element the other side changed has no place in a list to show both: the caller then makes the
 * whole list one conflict, so neither change is dropped unseen.
 */
function mergeList(
  base: Json[],
  ours: Json[],
  theirs: Json[],
  path: PathSegment[],
  conflicts: FieldConflict[],
): Json[] | undefined {
  const o = listEdit(base, ours)
  const t = listEdit(base, theirs)
  if (!o || !t) return undefined
  const changedOn = (edit: ListEdit, i: number) => edit.kept[i] !== undefined && !jsonEqual(edit.kept[i], base[i])
  const removedOn = (edit: ListEdit, i: number) => edit.kept[i] === undefined
  if (base.some((_, i) => (removedOn(o, i) && changedOn(t, i)) || (removedOn(t, i) && changedOn(o, i)))) {
    return undefined
  }
  const result: Json[] = []
  const addAfter = (anchor: number) => {
    const theirsAdded = t.added.get(anchor) ?? []
    result.push(...theirsAdded)
    // The same element added by both (the same wall drawn twice) is kept once.
    for (const item of o.added.get(anchor) ?? []) {
      if (!theirsAdded.some((other) => jsonEqual(other, item))) result.push(item)
    }
  }
  addAfter(-1)
  base.forEach((item, i) => {
    const mine = o.kept[i]
    const other = t.kept[i]
    if (mine !== undefined && other !== undefined) {
      // The path names the element's place in the merged list, where a conflict's choice is written.
      result.push(mergeAt(item, mine, other, [...path, result.length], conflicts) ?? null)
    }
    addAfter(i)
  })
  return result
}

function mergeObjects(
  base: JsonObject | undefined,
  ours: JsonObject,
  theirs: JsonObject,
  path: PathSegment[],
  conflicts: FieldConflict[],
): JsonObject {
  const result: JsonObject = {}
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(ours)])) {
    const merged = mergeAt(base?.[key], ours[key], theirs[key], [...path, key], conflicts)
    if (merged !== undefined) result[key] = merged
  }
  return result
}

function mergeAt(
  base: Json | undefined,
  ours: Json | undefined,
  theirs: Json | undefined,
  path: PathSegment[],
  conflicts: FieldConflict[],
): Json | undefined {
  if (jsonEqual(ours, theirs)) return theirs
  if (jsonEqual(base, ours)) return theirs
  if (jsonEqual(base, theirs)) return ours
  // Both sides changed this value, differently: look inside it if it has parts, else it is a conflict.
  if (isObject(ours) && isObject(theirs) && (base === undefined || isObject(base))) {
    return mergeObjects(base, ours, theirs, path, conflicts)
  }
  if (Array.isArray(ours) && Array.isArray(theirs) && (base === undefined || Array.isArray(base))) {
    if (ours.length + theirs.length > 0 && isKeyed(base) && isKeyed(ours) && isKeyed(theirs)) {
      return mergeKeyed(base, ours, theirs, path, conflicts)
    }
    if (base !== undefined && [base, ours, theirs].every((list) => list.every(isObject))) {
      const merged = mergeList(base, ours, theirs, path, conflicts)
      if (merged) return merged
    }
  }
  const conflict: FieldConflict = { path }
  if (base !== undefined) conflict.base = base
  if (ours !== undefined) conflict.ours = ours
  if (theirs !== undefined) conflict.theirs = theirs
  conflicts.push(conflict)
  return theirs
}

/**
 * Merges what `ours` and `theirs` each changed since `base`. Where both changed the same value differently, the
 * result holds theirs (what is stored now) and the value is listed in `conflicts` for a person to decide.
 */
export function mergeThreeWay(base: Json, ours: Json, theirs: Json): MergeResult {
  const conflicts: FieldConflict[] = []
  const merged = mergeAt(base, ours, theirs, [], conflicts)
  return { merged, conflicts }
}

function setIn(container: Json | undefined, path: readonly PathSegment[], value: Json | undefined): Json | undefined {
  const [step, ...rest] = path
  if (step === undefined) return value
  if (Array.isArray(container)) {
    const index =
      typeof step === 'number' ? step : container.findIndex((item) => idOf(item) === step && isKeyed(container))
    if (index < 0 || index >= container.length) {
      const added = setIn(undefined, rest, value)
      return added === undefined ? container : [...container, added]
    }
    const next = setIn(container[index], rest, value)
    return next === undefined ? container.filter((_, i) => i !== index) : container.with(index, next)
  }
  const object = isObject(container) ? container : {}
  const next = setIn(object[String(step)], rest, value)
  const { [String(step)]: _old, ...others } = object
  return next === undefined ? others : { ...others, [String(step)]: next }
}

/** The document with the value at `path` replaced (or removed, for `undefined`); the input is left unchanged. */
export function setAtPath(doc: Json, path: readonly PathSegment[], value: Json | undefined): Json {
  return setIn(doc, path, value) ?? null
}

/** The value at `path`, or undefined when there is none. */
export function getAtPath(doc: Json | undefined, path: readonly PathSegment[]): Json | undefined {
  let current = doc
  for (const step of path) {
    if (Array.isArray(current)) {
      current = typeof step === 'number' ? current[step] : current.find((item) => idOf(item) === step)
    } else if (isObject(current)) current = current[String(step)]
    else return undefined
  }
  return current
}
