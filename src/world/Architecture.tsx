import { useEffect, useMemo } from 'react'
import {
  BoxGeometry,
  type BufferGeometry,
  Color,
  Float32BufferAttribute,
  MeshStandardMaterial,
  PlaneGeometry,
} from 'three'
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js'
import type { Hall } from '../content/schema'
import { outerDoors, type WallPiece, wallPieces } from './geometry'
import { markPickable } from './pickLayer'

// Shared by every piece, so drawing pieces apart (the benchmark's comparison) changes draw calls, not programs.
const wallMaterial = new MeshStandardMaterial({ color: '#f7f5f0', roughness: 0.9 })
const doorMaterial = new MeshStandardMaterial({ color: '#9fc3d9', transparent: true, opacity: 0.35, roughness: 0.1 })

/** A box for each piece, in place. */
function pieceGeometries(pieces: readonly WallPiece[]): BufferGeometry[] {
  return pieces.map((piece) => {
    const box = new BoxGeometry(piece.halfWidth * 2, piece.top - piece.bottom, piece.halfDepth * 2)
    box.rotateY(piece.yaw)
    box.translate(piece.x, (piece.top + piece.bottom) / 2, piece.z)
    return box
  })
}

/** Boxes merged into one geometry: however many, they cost a single draw call. */
function merged(parts: BufferGeometry[]): BufferGeometry | null {
  if (parts.length === 0) return null
  const geometry = mergeGeometries(parts)
  for (const part of parts) part.dispose()
  return geometry
}

const allPieces = (hall: Hall) => hall.walls.flatMap((wall) => wallPieces(wall, hall.height))

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

/**
 * Floor, zone carpets, walls, doors and ceiling, built from the hall's description. Walls and doors are each merged
 * into one mesh; `merge` false draws each piece on its own, for the benchmark's comparison.
 */
export function Architecture({ hall, merge = true }: { hall: Hall; merge?: boolean }) {
  const walls = useMemo(
    () => (merge ? [merged(pieceGeometries(allPieces(hall)))] : pieceGeometries(allPieces(hall))),
    [hall, merge],
  )
  const doors = useMemo(
    () => (merge ? [merged(pieceGeometries(outerDoors(hall)))] : pieceGeometries(outerDoors(hall))),
    [hall, merge],
  )
  const zones = useMemo(() => zoneFloorGeometry(hall), [hall])
  useEffect(
    () => () => {
      for (const geometry of [...walls, ...doors]) geometry?.dispose()
    },
    [walls, doors],
  )
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} ref={(mesh) => markPickable(mesh, { kind: 'floor' })} name="floor">
        <planeGeometry args={[hall.width, hall.depth]} />
        <meshStandardMaterial color="#cbbfae" roughness={0.8} />
      </mesh>
      <mesh geometry={zones} ref={(mesh) => markPickable(mesh, { kind: 'floor' })} name="zone-floors">
        <meshStandardMaterial vertexColors roughness={0.95} />
      </mesh>
      {walls.map(
        (geometry, index) =>
          geometry && (
            <mesh
              // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are rebuilt together whenever the hall changes
              key={index}
              geometry={geometry}
              ref={(mesh) => markPickable(mesh, { kind: 'wall' })}
              name="walls"
              material={wallMaterial}
            />
          ),
      )}
      {doors.map(
        (geometry, index) =>
          // biome-ignore lint/suspicious/noArrayIndexKey: as for the walls
          geometry && <mesh key={index} geometry={geometry} name="doors" material={doorMaterial} />,
      )}
      <mesh rotation-x={Math.PI / 2} position-y={hall.height} name="ceiling">
        <planeGeometry args={[hall.width, hall.depth]} />
        <meshStandardMaterial color="#fbfaf8" emissive="#fbfaf8" emissiveIntensity={0.35} />
      </mesh>
    </group>
  )
}
