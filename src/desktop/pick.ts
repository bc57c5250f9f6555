import { type Camera, type Object3D, Raycaster, Vector2 } from 'three'
import { PICK_LAYER, pickTargetOf } from '../world/pickLayer'

const raycaster = new Raycaster()
raycaster.layers.set(PICK_LAYER)
const ndc = new Vector2()

export type Pick = { kind: 'floor'; x: number; z: number } | { kind: 'exhibit'; id: string } | { kind: 'nothing' }

/** What lies under a screen point (normalised device coordinates): the nearest pickable surface decides. */
export function pickAt(x: number, y: number, camera: Camera, scene: Object3D): Pick {
  raycaster.setFromCamera(ndc.set(x, y), camera)
  const [hit] = raycaster.intersectObject(scene, true)
  if (!hit) return { kind: 'nothing' }
  const target = pickTargetOf(hit.object)
  if (target?.kind === 'floor') return { kind: 'floor', x: hit.point.x, z: hit.point.z }
  if (target?.kind === 'stands' && hit.instanceId !== undefined) {
    const id = target.exhibitIds[hit.instanceId]
    if (id) return { kind: 'exhibit', id }
  }
  return { kind: 'nothing' }
}
