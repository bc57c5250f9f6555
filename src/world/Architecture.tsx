import { useMemo } from 'react'
import { BoxGeometry, type BufferGeometry, Color, Float32BufferAttribute, PlaneGeometry } from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { Hall } from '../content/schema'
import { outerDoors, wallPieces } from './geometry'
import { markPickable } from './pickLayer'

/** Every wall piece and lintel as one geometry: the whole building costs a single draw call. */
function wallGeometry(hall: Hall): BufferGeometry {
  const parts = hall.walls.flatMap((wall) =>
    wallPieces(wall, hall.height).map((piece) => {
      const box = new BoxGeometry(piece.halfWidth * 2, piece.top - piece.bottom, piece.halfDepth * 2)
      box.rotateY(piece.yaw)
      box.translate(piece.x, (piece.top + piece.bottom) / 2, piece.z)
      return box
    }),
  )
  const merged = mergeGeometries(parts)
  for (const part of parts) part.dispose()
  return merged
}

/** Each zone's floor area in its colour, softened towards the floor's, as one vertex-coloured geometry. */
function zoneFloorGeometry(hall: Hall): BufferGeometry {
  const floor = new Color('#cbbfae')
  const parts = hall.zones.map((zone) => {
    const [[x1, z1], [x2, z2]] = zone.area
    const inset = 0.35
    const plane = new PlaneGeometry(Math.abs(x2 - x1) - inset * 2, Math.abs(z2 - z1) - inset * 2)
    plane.rotateX(-Math.PI / 2)
    plane.translate((x1 + x2) / 2, 0.004, (z1 + z2) / 2)
    const tint = new Color(zone.color).lerp(floor, 0.8)
    const count = plane.attributes.position?.count ?? 0
    const colors = Array.from({ length: count }, () => [tint.r, tint.g, tint.b]).flat()
    plane.setAttribute('color', new Float32BufferAttribute(colors, 3))
    return plane
  })
  const merged = mergeGeometries(parts)
  for (const part of parts) part.dispose()
  return merged
}

/** Floor, zone carpets, walls and ceiling, built from the hall's description. */
export function Architecture({ hall }: { hall: Hall }) {
  const walls = useMemo(() => wallGeometry(hall), [hall])
  const zones = useMemo(() => zoneFloorGeometry(hall), [hall])
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} ref={(mesh) => markPickable(mesh, { kind: 'floor' })} name="floor">
        <planeGeometry args={[hall.width, hall.depth]} />
        <meshStandardMaterial color="#cbbfae" roughness={0.8} />
      </mesh>
      <mesh geometry={zones} ref={(mesh) => markPickable(mesh, { kind: 'floor' })} name="zone-floors">
        <meshStandardMaterial vertexColors roughness={0.95} />
      </mesh>
      <mesh geometry={walls} ref={(mesh) => markPickable(mesh, { kind: 'wall' })} name="walls">
        <meshStandardMaterial color="#f7f5f0" roughness={0.9} />
      </mesh>
      {outerDoors(hall).map((door) => (
        <mesh key={`${door.x},${door.z}`} position={[door.x, door.top / 2, door.z]} rotation-y={door.yaw} name="door">
          <boxGeometry args={[door.halfWidth * 2, door.top, door.halfDepth * 2]} />
          <meshStandardMaterial color="#9fc3d9" transparent opacity={0.35} roughness={0.1} />
        </mesh>
      ))}
      <mesh rotation-x={Math.PI / 2} position-y={hall.height} name="ceiling">
        <planeGeometry args={[hall.width, hall.depth]} />
        <meshStandardMaterial color="#fbfaf8" emissive="#fbfaf8" emissiveIntensity={0.35} />
      </mesh>
    </group>
  )
}
