import type { Object3D } from 'three'

/**
 * Objects a click or a gaze can land on (floor, walls, stands) are put on this layer, so picking skips text meshes
 * and decoration, and a wall in the way blocks a click on what is behind it.
 */
export const PICK_LAYER = 1

/** What a pickable object stands for. Instanced stands list one exhibit id per instance. */
export type PickTarget = { kind: 'floor' } | { kind: 'wall' } | { kind: 'stands'; exhibitIds: readonly string[] }

export function markPickable(object: Object3D | null, target: PickTarget): void {
  if (!object) return
  object.layers.enable(PICK_LAYER)
  object.userData.pick = target
}

export function pickTargetOf(object: Object3D): PickTarget | null {
  const target: unknown = object.userData.pick
  return typeof target === 'object' && target !== null && 'kind' in target ? (target as PickTarget) : null
}
