import { isFree, type Point2 } from './collision'
import type { FloorBox } from './geometry'

/** Grid spacing for route finding, metres: fine enough for 0.9 m doorways with a 0.3 m body. */
const CELL = 0.25
/** Spacing of the free-floor checks along a straight stretch. */
const SAMPLE = 0.1

/** Which grid cells are free, remembered per obstacle list: the hall is planned once, not on every click. */
const freeCellCache = new WeakMap<readonly FloorBox[], Map<string, Map<number, boolean>>>()
function freeCells(obstacles: readonly FloorBox[], radius: number): Map<number, boolean> {
  let byRadius = freeCellCache.get(obstacles)
  if (!byRadius) {
    byRadius = new Map()
    freeCellCache.set(obstacles, byRadius)
  }
  let cells = byRadius.get(String(radius))
  if (!cells) {
    cells = new Map()
    byRadius.set(String(radius), cells)
  }
  return cells
}

/** Whether a body can walk straight from a to b without touching anything. */
export function clearLine(a: Point2, b: Point2, radius: number, obstacles: readonly FloorBox[]): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.z - a.z) / SAMPLE))
  for (let i = 1; i <= steps; i++) {
    const t = i / steps
    if (!isFree({ x: a.x + (b.x - a.x) * t, z: a.z + (b.z - a.z) * t }, radius, obstacles)) return false
  }
  return true
}

/** The walking grid both route finding and reachability use: cells of CELL metres, free ones worked out once each. */
function floorGrid(radius: number, obstacles: readonly FloorBox[], bounds: { width: number; depth: number }) {
  const cols = Math.ceil(bounds.width / CELL)
  const rows = Math.ceil(bounds.depth / CELL)
  const x0 = -bounds.width / 2
  const z0 = -bounds.depth / 2
  const cellOf = (p: Point2) => [Math.round((p.x - x0) / CELL), Math.round((p.z - z0) / CELL)] as const
  const centre = (c: number, r: number): Point2 => ({ x: x0 + c * CELL, z: z0 + r * CELL })
  const key = (c: number, r: number) => r * (cols + 1) + c
  const freeCache = freeCells(obstacles, radius)
  const free = (c: number, r: number) => {
    const k = key(c, r)
    let value = freeCache.get(k)
    if (value === undefined) {
      value = c >= 0 && r >= 0 && c <= cols && r <= rows && isFree(centre(c, r), radius, obstacles)
      freeCache.set(k, value)
    }
    return value
  }
  // A key back to its cell, for walking a route back from its goal.
  const cellAt = (k: number): Point2 => centre(k % (cols + 1), Math.floor(k / (cols + 1)))
  return { cellOf, centre, cellAt, key, free }
}

/**
 * A walking route from `from` to `to` round walls and stands (A* on a grid, then straightened), as the waypoints
 * after `from`; null when `to` cannot be reached. Used by click-to-walk and the guided tour on desktop.
 */
export function findPath(
  from: Point2,
  to: Point2,
  radius: number,
  obstacles: readonly FloorBox[],
  bounds: { width: number; depth: number },
): Point2[] | null {
  if (clearLine(from, to, radius, obstacles)) return [to]
  const { cellOf, cellAt, key, free } = floorGrid(radius, obstacles, bounds)
  const [sc, sr] = cellOf(from)
  const [gc, gr] = cellOf(to)
  if (!free(gc, gr)) return null
  const heuristic = (c: number, r: number) => Math.hypot(c - gc, r - gr)
  const cost = new Map<number, number>([[key(sc, sr), 0]])
  const came = new Map<number, number>()
  const open = new MinHeap<{ c: number; r: number; f: number }>((node) => node.f)
  open.push({ c: sc, r: sr, f: heuristic(sc, sr) })
  const closed = new Set<number>()
  while (open.size > 0) {
    const current = open.pop()
    if (!current) break
    const currentKey = key(current.c, current.r)
    if (closed.has(currentKey)) continue
    closed.add(currentKey)
    if (current.c === gc && current.r === gr) {
      const cells: Point2[] = [to]
      let k: number | undefined = came.get(currentKey)
      while (k !== undefined && k !== key(sc, sr)) {
        cells.push(cellAt(k))
        k = came.get(k)
      }
      return straighten(from, cells.reverse(), radius, obstacles)
    }
    for (let dc = -1; dc <= 1; dc++) {
      for (let dr = -1; dr <= 1; dr++) {
        if ((dc === 0 && dr === 0) || !free(current.c + dc, current.r + dr)) continue
        // No cutting corners between two blocked cells.
        if (dc !== 0 && dr !== 0 && (!free(current.c + dc, current.r) || !free(current.c, current.r + dr))) continue
        const next = key(current.c + dc, current.r + dr)
        const g = (cost.get(currentKey) ?? 0) + Math.hypot(dc, dr)
        if (g < (cost.get(next) ?? Number.POSITIVE_INFINITY)) {
          cost.set(next, g)
          came.set(next, currentKey)
          open.push({ c: current.c + dc, r: current.r + dr, f: g + heuristic(current.c + dc, current.r + dr) })
        }
      }
    }
  }
  return null
}

/**
 * Which points `findPath` can reach from `from`: one flood fill over the same grid, with the same free cells and the
 * same no-corner-cutting rule, so "reachable" here means exactly that a route would be found, at the cost of one
 * search however many points are asked about (the studio asks for every exhibit after each edit).
 */
export function reachableFrom(
  from: Point2,
  radius: number,
  obstacles: readonly FloorBox[],
  bounds: { width: number; depth: number },
): (to: Point2) => boolean {
  const { cellOf, key, free } = floorGrid(radius, obstacles, bounds)
  const start = cellOf(from)
  const seen = new Set<number>([key(start[0], start[1])])
  const queue: [number, number][] = [[start[0], start[1]]]
  for (let head = 0; head < queue.length; head++) {
    const [c, r] = queue[head] as [number, number]
    for (let dc = -1; dc <= 1; dc++) {
      for (let dr = -1; dr <= 1; dr++) {
        const nc = c + dc
        const nr = r + dr
        if ((dc === 0 && dr === 0) || seen.has(key(nc, nr)) || !free(nc, nr)) continue
        if (dc !== 0 && dr !== 0 && (!free(nc, r) || !free(c, nr))) continue
        seen.add(key(nc, nr))
        queue.push([nc, nr])
      }
    }
  }
  return (to) => {
    if (clearLine(from, to, radius, obstacles)) return true
    const [c, r] = cellOf(to)
    return free(c, r) && seen.has(key(c, r))
  }
}

/** Drops every waypoint that can be skipped in a straight line, so the walk looks like a person's, not a grid's. */
function straighten(from: Point2, points: Point2[], radius: number, obstacles: readonly FloorBox[]): Point2[] {
  const out: Point2[] = []
  let anchor = from
  let i = 0
  while (i < points.length) {
    let far = i
    for (let j = points.length - 1; j > i; j--) {
      const candidate = points[j]
      if (candidate && clearLine(anchor, candidate, radius, obstacles)) {
        far = j
        break
      }
    }
    const point = points[far]
    if (!point) break
    out.push(point)
    anchor = point
    i = far + 1
  }
  return out
}

/** A binary min-heap: the open list of A*, so each step costs log n rather than a sort. */
class MinHeap<T> {
  private items: T[] = []
  constructor(private readonly score: (item: T) => number) {}
  get size(): number {
    return this.items.length
  }
  push(item: T): void {
    const items = this.items
    items.push(item)
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      const up = items[parent] as T
      if (this.score(up) <= this.score(item)) break
      items[i] = up
      i = parent
    }
    items[i] = item
  }
  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length === 0 || last === undefined) return top
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let smallest = i
      let smallestScore = this.score(last)
      if (left < items.length && this.score(items[left] as T) < smallestScore) {
        smallest = left
        smallestScore = this.score(items[left] as T)
      }
      if (right < items.length && this.score(items[right] as T) < smallestScore) smallest = right
      if (smallest === i) break
      items[i] = items[smallest] as T
      i = smallest
    }
    items[i] = last
    return top
  }
}
