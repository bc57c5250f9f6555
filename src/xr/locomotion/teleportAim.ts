import { type Intersection, Matrix4, type Mesh, type MeshBasicMaterial, type Object3D, Raycaster, Vector3 } from 'three'
import type { TeleportAim } from '../../motion/rig'
import { teleportLanding } from '../../motion/teleport'
import type { MotionWorld } from '../../motion/world'
import { PICK_LAYER, pickTargetOf } from '../../world/pickLayer'

const MAX_AIM = 12

const rayOrigin = new Vector3()
const rayDirection = new Vector3()
const raycaster = new Raycaster()
raycaster.layers.set(PICK_LAYER)
raycaster.far = MAX_AIM
const hits: Intersection[] = []

/** Casts the teleport ray along `ray` (a pointing pose); fills `aim` with the landing point and whether it is walkable. */
export function castTeleport(ray: Matrix4, world: MotionWorld, scene: Object3D, aim: TeleportAim): void {
  rayOrigin.setFromMatrixPosition(ray)
  rayDirection.set(-ray.elements[8], -ray.elements[9], -ray.elements[10]).normalize()
  raycaster.set(rayOrigin, rayDirection)
  hits.length = 0
  raycaster.intersectObject(scene, true, hits)
  const hit = hits[0]
  aim.valid = false
  aim.distance = hit ? hit.distance : MAX_AIM
  if (!hit || pickTargetOf(hit.object)?.kind !== 'floor') return
  const landing = teleportLanding(hit.point, world.obstacles, world.hall)
  if (!landing) {
    aim.x = hit.point.x
    aim.z = hit.point.z
    return
  }
  aim.valid = true
  aim.x = landing.x
  aim.z = landing.z
}

const scale = new Matrix4()
const VALID = 0x3cc5e0
const INVALID = 0xd6453d

/** The aiming ray (blue to a walkable landing, red otherwise) and the landing ring. */
export function showAim(ray: Mesh | null, marker: Mesh | null, aiming: boolean, aim: TeleportAim, from: Matrix4): void {
  if (!ray || !marker) return
  ray.visible = aiming
  marker.visible = aiming
  if (!aiming) return
  const color = aim.valid ? VALID : INVALID
  ;(ray.material as MeshBasicMaterial).color.setHex(color)
  ;(marker.material as MeshBasicMaterial).color.setHex(color)
  // A unit box along -z, stretched to the hit and centred on its half-way point.
  scale.makeScale(1, 1, aim.distance).setPosition(0, 0, -aim.distance / 2)
  ray.matrix.multiplyMatrices(from, scale)
  ray.matrixWorldNeedsUpdate = true
  marker.position.set(aim.x, 0.01, aim.z)
}
