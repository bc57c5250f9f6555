import { useLayoutEffect, useMemo, useRef } from 'react'
import { Color, type InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three'
import type { Exhibition } from '../content/schema'
import { BANNER, bannersOf } from './textItems'

const matrix = new Matrix4()
const position = new Vector3()
const scale = new Vector3(BANNER.width, BANNER.height, BANNER.depth)
const still = new Quaternion()

/**
 * The banner hanging over the middle of each zone (their names are drawn with the hall's other text), one instanced
 * mesh for all: a hall with ten times the zones costs the same single draw call. `instanced` false draws one mesh
 * per banner, for the benchmark's comparison.
 */
export function Signage({ exhibition, instanced = true }: { exhibition: Exhibition; instanced?: boolean }) {
  const banners = useMemo(() => bannersOf(exhibition), [exhibition])
  const mesh = useRef<InstancedMesh>(null)
  useLayoutEffect(() => {
    const boards = mesh.current
    if (!boards) return
    banners.forEach(({ zone, x, z }, index) => {
      boards.setMatrixAt(index, matrix.compose(position.set(x, BANNER.y, z), still, scale))
      boards.setColorAt(index, new Color(zone.color))
    })
    boards.instanceMatrix.needsUpdate = true
    if (boards.instanceColor) boards.instanceColor.needsUpdate = true
    boards.computeBoundingSphere()
  }, [banners])

  if (!instanced) {
    return (
      <group name="signage">
        {banners.map(({ zone, x, z }) => (
          <mesh key={zone.id} position={[x, BANNER.y, z]}>
            <boxGeometry args={[BANNER.width, BANNER.height, BANNER.depth]} />
            <meshStandardMaterial color={zone.color} roughness={0.6} />
          </mesh>
        ))}
      </group>
    )
  }
  return (
    <group name="signage">
      <instancedMesh ref={mesh} args={[undefined, undefined, banners.length]} key={banners.length}>
        <boxGeometry />
        <meshStandardMaterial roughness={0.6} />
      </instancedMesh>
    </group>
  )
}
