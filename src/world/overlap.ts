import type { FloorBox } from './geometry'

const corners = (box: FloorBox): [number, number][] => {
  const cos = Math.cos(box.yaw)
  const sin = Math.sin(box.yaw)
  // Local x runs along (cos, -sin), local z along (sin, cos): the same frame as collision.ts.
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([sx = 0, sz = 0]) => {
    const lx = sx * box.halfWidth
    const lz = sz * box.halfDepth
    return [box.x + lx * cos + lz * sin, box.z - lx * sin + lz * cos] as [number, number]
  })
}

const axes = (box: FloorBox): [number, number][] => [
  [Math.cos(box.yaw), -Math.sin(box.yaw)],
  [Math.sin(box.yaw), Math.cos(box.yaw)],
]

/** Whether two floor boxes overlap by more than `tolerance` metres (separating-axis test). */
export function boxesOverlap(a: FloorBox, b: FloorBox, tolerance = 0.005): boolean {
  const ca = corners(a)
  const cb = corners(b)
  for (const [ax, az] of [...axes(a), ...axes(b)]) {
    const project = (points: [number, number][]) => points.map(([x, z]) => x * ax + z * az)
    const pa = project(ca)
    const pb = project(cb)
    if (Math.max(...pa) - tolerance <= Math.min(...pb) || Math.max(...pb) - tolerance <= Math.min(...pa)) return false
  }
  return true
}
