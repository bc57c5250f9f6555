import { useLayoutEffect, useMemo, useRef } from 'react'
import { Color, type InstancedMesh, Matrix4, Quaternion, Vector3 } from 'three'
import type { Exhibit, Hall } from '../content/schema'
import { exhibitYaw } from './geometry'
import { markPickable } from './pickLayer'
import { STAND_DIMENSIONS } from './standDimensions'
import { STAND_FACES } from './standLayout'

const UP = new Vector3(0, 1, 0)
const matrix = new Matrix4()
const rotation = new Quaternion()
const offset = new Vector3()
const position = new Vector3()
const scale = new Vector3()

type Part = 'base' | 'board' | 'header'

/** Places one unit box per exhibit, scaled and positioned as `part` of its stand, in the stand's rotated frame. */
function layoutPart(mesh: InstancedMesh, exhibits: readonly Exhibit[], part: Part, zoneColors: Map<string, Color>) {
  exhibits.forEach((exhibit, index) => {
    const size = STAND_DIMENSIONS[exhibit.kind]
    const face = STAND_FACES[exhibit.kind]
    const boardHeight = size.height - face.baseHeight
    if (part === 'base') {
      offset.set(0, face.baseHeight / 2, 0)
      scale.set(size.width, face.baseHeight, size.depth)
    } else if (part === 'board') {
      offset.set(0, face.baseHeight + boardHeight / 2, 0)
      scale.set(size.width, boardHeight, face.boardDepth)
    } else {
      offset.set(0, size.height - face.headerHeight / 2, 0.006)
      scale.set(size.width, face.headerHeight, face.boardDepth + 0.012)
    }
    rotation.setFromAxisAngle(UP, exhibitYaw(exhibit))
    offset.applyQuaternion(rotation)
    position.set(exhibit.position[0], 0, exhibit.position[1]).add(offset)
    mesh.setMatrixAt(index, matrix.compose(position, rotation, scale))
    if (part === 'header') mesh.setColorAt(index, zoneColors.get(exhibit.zone) ?? new Color('#888888'))
  })
  mesh.instanceMatrix.needsUpdate = true
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
  mesh.computeBoundingSphere()
}

/** Bases, boards and header bands of the given stands: three instanced meshes, three draw calls. */
function StandParts({ exhibits, hall }: { exhibits: readonly Exhibit[]; hall: Hall }) {
  const base = useRef<InstancedMesh>(null)
  const board = useRef<InstancedMesh>(null)
  const header = useRef<InstancedMesh>(null)
  const zoneColors = useMemo(() => new Map(hall.zones.map((zone) => [zone.id, new Color(zone.color)])), [hall])
  const ids = useMemo(() => exhibits.map((exhibit) => exhibit.id), [exhibits])

  useLayoutEffect(() => {
    const parts: [InstancedMesh | null, Part][] = [
      [base.current, 'base'],
      [board.current, 'board'],
      [header.current, 'header'],
    ]
    for (const [mesh, part] of parts) {
      if (!mesh) continue
      layoutPart(mesh, exhibits, part, zoneColors)
      markPickable(mesh, { kind: 'stands', exhibitIds: ids })
    }
  }, [exhibits, zoneColors, ids])

  const count = exhibits.length
  return (
    <group>
      <instancedMesh ref={base} args={[undefined, undefined, count]} key={`base-${count}`}>
        <boxGeometry />
        <meshStandardMaterial color="#3a3f4b" roughness={0.6} />
      </instancedMesh>
      <instancedMesh ref={board} args={[undefined, undefined, count]} key={`board-${count}`}>
        <boxGeometry />
        <meshStandardMaterial color="#fbfaf7" roughness={0.75} />
      </instancedMesh>
      <instancedMesh ref={header} args={[undefined, undefined, count]} key={`header-${count}`}>
        <boxGeometry />
        <meshStandardMaterial roughness={0.5} />
      </instancedMesh>
    </group>
  )
}

/**
 * The physical stands, instanced: every base, board and header band in the hall costs one draw call each,
 * however many exhibits there are. `instanced` false gives each stand its own meshes, for the benchmark's comparison.
 */
export function Stands({
  exhibits,
  hall,
  instanced = true,
}: {
  exhibits: readonly Exhibit[]
  hall: Hall
  instanced?: boolean
}) {
  const single = useMemo(() => exhibits.map((exhibit) => [exhibit]), [exhibits])
  return (
    <group name="stands">
      {instanced ? (
        <StandParts exhibits={exhibits} hall={hall} />
      ) : (
        single.map((one) => <StandParts key={one[0]?.id} exhibits={one} hall={hall} />)
      )}
    </group>
  )
}
