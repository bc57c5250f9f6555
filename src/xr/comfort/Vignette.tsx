import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { Float32BufferAttribute, type Mesh, type MeshBasicMaterial, RingGeometry } from 'three'
import type { Rig } from '../../motion/rig'
import { useComfort } from './comfortStore'
import { drewVignette } from './vignetteLevel'

/** How far in front of the eyes the vignette ring sits, and its clear centre: about 60° across at full strength. */
const DISTANCE = 0.2
const INNER = 0.11
const OUTER = 0.5
const MAX_OPACITY = 0.92

/** A ring transparent at its inner edge and opaque at its outer one, so the view narrows softly. */
function vignetteGeometry(): RingGeometry {
  const ring = new RingGeometry(INNER, OUTER, 48, 1)
  const count = ring.attributes.position?.count ?? 0
  const colors = new Float32Array(count * 4)
  // RingGeometry lists the inner circle's vertices first, then the outer one's.
  for (let i = count / 2; i < count; i++) colors[i * 4 + 3] = 1
  ring.setAttribute('color', new Float32BufferAttribute(colors, 4))
  ring.translate(0, 0, -DISTANCE)
  return ring
}

/**
 * Narrows the view while the visitor glides or turns smoothly: peripheral motion is what makes people queasy.
 * Follows the head; drawn last, over everything, and not at all when the visitor stands still.
 */
export function Vignette({ rig }: { rig: Rig }) {
  const mesh = useRef<Mesh>(null)
  const geometry = useMemo(vignetteGeometry, [])
  // Built here rather than declared in JSX, so React Three Fiber does not dispose of it: this component does.
  useEffect(
    () => () => {
      geometry.dispose()
      drewVignette(0)
    },
    [geometry],
  )
  useFrame((state, delta) => {
    const target = mesh.current
    if (!target) return
    const material = target.material as MeshBasicMaterial
    const goal = useComfort.getState().vignette ? rig.motion * MAX_OPACITY : 0
    // Eases in and out over about a fifth of a second, so it never flickers.
    material.opacity += (goal - material.opacity) * Math.min(1, delta * 10)
    if (material.opacity < 0.01) material.opacity = 0
    target.visible = material.opacity > 0
    drewVignette(material.opacity)
    target.matrix.copy(state.camera.matrixWorld)
    target.matrixWorldNeedsUpdate = true
  })
  return (
    <mesh ref={mesh} geometry={geometry} matrixAutoUpdate={false} renderOrder={1000} visible={false} name="vignette">
      <meshBasicMaterial color="#000000" vertexColors transparent opacity={0} depthTest={false} depthWrite={false} />
    </mesh>
  )
}
