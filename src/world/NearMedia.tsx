import { useFrame, useThree } from '@react-three/fiber'
import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { type InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three'
import type { Exhibit } from '../content/schema'
import { exhibitYaw } from './geometry'
import { nearestIndices } from './nearest'
import { StandMedia, standMediaOf } from './StandMedia'
import { STAND_FACES } from './standLayout'

/** Pictures and models shown at once: the nearest this many stands with media; the rest show a grey card. */
export const NEAR_MEDIA = 6
/** The visitor moves this far (metres) before the nearest stands are looked up again. */
const RECHECK = 0.5

const UP = new Vector3(0, 1, 0)
const matrix = new Matrix4()
const rotation = new Quaternion()
const position = new Vector3()
const scale = new Vector3()
const viewer = new Vector3()

/** A grey card on every picture stand, instanced: one draw call for all, under the pictures near the visitor. */
function PictureCards({ exhibits }: { exhibits: readonly Exhibit[] }) {
  const mesh = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    const cards = mesh.current
    if (!cards) return
    exhibits.forEach((exhibit, index) => {
      const face = STAND_FACES[exhibit.kind]
      const image = face.image
      if (!image) return
      const yaw = exhibitYaw(exhibit)
      const front = face.boardDepth / 2 + 0.004
      rotation.setFromAxisAngle(UP, yaw)
      position.set(0, image.centerY, front).applyQuaternion(rotation)
      position.x += exhibit.position[0]
      position.z += exhibit.position[1]
      cards.setMatrixAt(index, matrix.compose(position, rotation, scale.set(image.width, image.height, 1)))
    })
    cards.instanceMatrix.needsUpdate = true
    cards.computeBoundingSphere()
  }, [exhibits])
  return (
    <instancedMesh ref={mesh} args={[undefined, undefined, exhibits.length]} key={exhibits.length} name="picture-cards">
      <planeGeometry />
      <meshBasicMaterial color="#c9c6bf" />
    </instancedMesh>
  )
}

/** Whether the first `count` entries of a and b hold the same indices, in any order. */
function sameSet(a: Int32Array, b: Int32Array, count: number): boolean {
  for (let i = 0; i < count; i++) {
    let found = false
    for (let j = 0; j < count && !found; j++) found = a[i] === b[j]
    if (!found) return false
  }
  return true
}

/**
 * Media loaded by distance: only the stands nearest the visitor (or headset) load and draw their picture or model, so
 * a hall ten times larger fetches and draws no more of them. Others keep a grey card until the visitor comes near.
 */
export function NearMedia({ exhibits }: { exhibits: readonly Exhibit[] }) {
  const withMedia = useMemo(
    () => exhibits.filter((exhibit) => standMediaOf(exhibit).image || standMediaOf(exhibit).model),
    [exhibits],
  )
  const pictured = useMemo(() => withMedia.filter((exhibit) => standMediaOf(exhibit).image), [withMedia])
  const points = useMemo(() => Float32Array.from(withMedia.flatMap((exhibit) => exhibit.position)), [withMedia])
  const camera = useThree((state) => state.camera)
  const scratch = useMemo(
    () => ({
      out: new Int32Array(NEAR_MEDIA),
      shown: new Int32Array(NEAR_MEDIA),
      distances: new Float32Array(NEAR_MEDIA),
    }),
    [],
  )
  const last = useRef({ x: Number.NaN, z: Number.NaN, count: 0 })
  /** Looks up the nearest stands from (x, z) and remembers them; true when they differ from those shown. */
  const lookUp = (x: number, z: number): boolean => {
    const found = nearestIndices(points, x, z, NEAR_MEDIA, scratch.out, scratch.distances)
    last.current.x = x
    last.current.z = z
    const changed = found !== last.current.count || !sameSet(scratch.out, scratch.shown, found)
    scratch.shown.set(scratch.out)
    last.current.count = found
    return changed
  }
  // The first look-up happens before the first frame, so the pictures in view are part of the hall's loading.
  const [near, setNear] = useState<number[]>(() => {
    lookUp(camera.position.x, camera.position.z)
    return Array.from(scratch.shown.subarray(0, last.current.count))
  })

  useFrame(() => {
    // The camera's world position: in a headset it follows the head inside the moving play area.
    const { x, z } = camera.getWorldPosition(viewer)
    if (Math.hypot(x - last.current.x, z - last.current.z) < RECHECK) return
    // A new list only when the nearest stands change, which is rare: nothing is allocated frame by frame.
    if (lookUp(x, z)) setNear(Array.from(scratch.shown.subarray(0, last.current.count)))
  })

  return (
    <group name="near-media">
      <PictureCards exhibits={pictured} />
      {near.map((index) => {
        const exhibit = withMedia[index]
        return exhibit ? <StandMedia key={exhibit.id} exhibit={exhibit} lift={0.002} /> : null
      })}
    </group>
  )
}
