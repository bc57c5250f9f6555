import type { Object3D } from 'three'

/** Headset interface surfaces (buttons, panel backs) live on this layer, beside the world's pick layer. */
export const UI_LAYER = 2

/** What a controller ray finds on a headset interface surface: a button to press, or a panel that blocks the ray. */
export type UiTarget = { kind: 'button'; id: string; press: () => void } | { kind: 'surface' }

export function markUi(object: Object3D | null, target: UiTarget): void {
  if (!object) return
  object.layers.enable(UI_LAYER)
  object.userData.vrUi = target
}

export function uiTargetOf(object: Object3D): UiTarget | null {
  const target: unknown = object.userData.vrUi
  return typeof target === 'object' && target !== null && 'kind' in target ? (target as UiTarget) : null
}
