/**
 * The `count` points nearest (x, z), as indices into `points`, written into `out` (which must hold `count` slots);
 * returns how many were found. Allocates nothing, so it may run every frame: an insertion into a short sorted list.
 */
export function nearestIndices(
  points: Float32Array,
  x: number,
  z: number,
  count: number,
  out: Int32Array,
  distances: Float32Array,
): number {
  let found = 0
  for (let i = 0; i < points.length / 2; i++) {
    const dx = (points[i * 2] ?? 0) - x
    const dz = (points[i * 2 + 1] ?? 0) - z
    const d = dx * dx + dz * dz
    if (found === count && d >= (distances[count - 1] ?? 0)) continue
    let slot = found < count ? found++ : count - 1
    while (slot > 0 && (distances[slot - 1] ?? 0) > d) {
      distances[slot] = distances[slot - 1] ?? 0
      out[slot] = out[slot - 1] ?? 0
      slot--
    }
    distances[slot] = d
    out[slot] = i
  }
  return found
}
