import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import {
  BoxGeometry,
  Color,
  CylinderGeometry,
  type InstancedMesh,
  Matrix4,
  MeshLambertMaterial,
  SphereGeometry,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import { BODY_HEIGHT, bodyMatrix, HEAD_RADIUS, handMatrix, headMatrix } from './avatarLayout'
import { emptyPose, INTERPOLATION_DELAY_MS, sampleAt, stillMoving } from './interpolation'
import { onRemoteChange, remoteVisitors } from './remoteVisitors'
import { usePoseSender } from './usePoseSender'

/** Room for a full instance: each visitor is at most a head and two hands, or a head and a body. */
const MAX_VISITORS = 48
const scratch = new Matrix4()
const colour = new Color()
const pose = emptyPose()

/** What the last frame drew, for the test report: instance counts and where each head or hand went. */
const drawn = { heads: 0, bodies: 0, positions: [] as [number, number, number][] }
export const drawnAvatars = (): Readonly<typeof drawn> => drawn

/** A head with a visor on its front, so which way it looks shows from afar. */
function headGeometry() {
  const head = new SphereGeometry(HEAD_RADIUS, 16, 12)
  const visor = new BoxGeometry(HEAD_RADIUS * 1.3, HEAD_RADIUS * 0.45, HEAD_RADIUS * 0.5)
  visor.translate(0, HEAD_RADIUS * 0.15, -HEAD_RADIUS * 0.85)
  return mergeGeometries([head.toNonIndexed(), visor.toNonIndexed()])
}

/** A tapered body with a ridge down its front: the facing direction of a desktop visitor. */
function bodyGeometry() {
  const body = new CylinderGeometry(0.16, 0.22, BODY_HEIGHT, 14)
  body.translate(0, BODY_HEIGHT / 2, 0)
  const ridge = new BoxGeometry(0.08, BODY_HEIGHT * 0.7, 0.12)
  ridge.translate(0, BODY_HEIGHT * 0.55, -0.19)
  return mergeGeometries([body.toNonIndexed(), ridge.toNonIndexed()])
}

/**
 * Everyone else in the instance, in two draw calls whatever their number: one instanced mesh of heads and hands,
 * one of bodies. Poses come from the interpolation buffers, drawn INTERPOLATION_DELAY_MS in the past. On a hall
 * drawn on demand, a received pose asks for frames until every avatar has reached it.
 */
export function PresenceAvatars() {
  usePoseSender()
  const heads = useRef<InstancedMesh>(null)
  const bodies = useRef<InstancedMesh>(null)
  const invalidate = useThree((state) => state.invalidate)
  const geometries = useMemo(() => ({ head: headGeometry(), body: bodyGeometry() }), [])
  const material = useMemo(() => new MeshLambertMaterial(), [])
  useEffect(() => onRemoteChange(() => invalidate()), [invalidate])
  useEffect(
    () => () => {
      geometries.head.dispose()
      geometries.body.dispose()
      material.dispose()
    },
    [geometries, material],
  )

  useFrame(() => {
    const headMesh = heads.current
    const bodyMesh = bodies.current
    if (!headMesh || !bodyMesh) return
    const now = performance.now()
    let h = 0
    let b = 0
    let moving = false
    for (const visitor of remoteVisitors().values()) {
      if (h + 3 > MAX_VISITORS || !sampleAt(visitor.buffer, now - INTERPOLATION_DELAY_MS, pose)) continue
      moving ||= stillMoving(visitor.buffer, now)
      colour.set(visitor.colour || '#3e8ede')
      headMesh.setMatrixAt(h, headMatrix(pose, scratch))
      headMesh.setColorAt(h++, colour)
      if (visitor.vr && pose.hands) {
        for (const side of ['left', 'right'] as const) {
          headMesh.setMatrixAt(h, handMatrix(pose, side, scratch))
          headMesh.setColorAt(h++, colour)
        }
      } else if (!visitor.vr) {
        bodyMesh.setMatrixAt(b, bodyMatrix(pose, scratch))
        bodyMesh.setColorAt(b++, colour)
      }
    }
    headMesh.count = h
    drawn.heads = h
    drawn.bodies = b
    drawn.positions.length = h
    for (let i = 0; i < h; i++) {
      headMesh.getMatrixAt(i, scratch)
      const e = scratch.elements
      const p = drawn.positions[i] ?? [0, 0, 0]
      p[0] = e[12] ?? 0
      p[1] = e[13] ?? 0
      p[2] = e[14] ?? 0
      drawn.positions[i] = p
    }
    bodyMesh.count = b
    // No avatar, no draw call: the hall's budgets hold for a visitor alone.
    headMesh.visible = h > 0
    bodyMesh.visible = b > 0
    headMesh.instanceMatrix.needsUpdate = true
    bodyMesh.instanceMatrix.needsUpdate = true
    if (headMesh.instanceColor) headMesh.instanceColor.needsUpdate = true
    if (bodyMesh.instanceColor) bodyMesh.instanceColor.needsUpdate = true
    headMesh.computeBoundingSphere()
    bodyMesh.computeBoundingSphere()
    if (moving) invalidate()
  })

  return (
    <group name="presence-avatars">
      <instancedMesh
        ref={heads}
        name="presence-heads"
        args={[geometries.head, material, MAX_VISITORS]}
        frustumCulled={false}
        visible={false}
      />
      <instancedMesh
        ref={bodies}
        name="presence-bodies"
        args={[geometries.body, material, MAX_VISITORS]}
        frustumCulled={false}
        visible={false}
      />
    </group>
  )
}
