import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import type { Group, Mesh, MeshBasicMaterial } from 'three'
import type { Rig } from '../../motion/rig'

/** Close in front of the eyes, and wide enough to fill the view at that distance. */
const DISTANCE = 0.12
const SIZE = 1

/**
 * The black the view fades through when a tour step or the menu moves the visitor: a sudden change of place is
 * what disorients people in VR, a short fade hides it. Follows the head; drawn over everything, only while fading.
 */
export function FadeOverlay({ rig }: { rig: Rig }) {
  const head = useRef<Group>(null)
  const mesh = useRef<Mesh>(null)
  useFrame((state) => {
    const group = head.current
    if (!group || !mesh.current) return
    const { opacity } = rig.fade
    ;(mesh.current.material as MeshBasicMaterial).opacity = opacity
    group.visible = opacity > 0
    if (!group.visible) return
    group.matrix.copy(state.camera.matrixWorld)
    group.matrixWorldNeedsUpdate = true
  })
  return (
    <group ref={head} matrixAutoUpdate={false} visible={false} name="fade">
      <mesh ref={mesh} position={[0, 0, -DISTANCE]} renderOrder={1001}>
        <planeGeometry args={[SIZE, SIZE]} />
        <meshBasicMaterial color="#000000" transparent opacity={0} depthTest={false} depthWrite={false} />
      </mesh>
    </group>
  )
}
