import { useMemo } from 'react'
import type { Hall } from '../content/schema'
import { wallPieces } from './geometry'

/** The SVG viewBox that shows a whole hall from above with a little margin: x east, y = z south. */
export const planViewBox = (hall: Hall) =>
  `${-hall.width / 2 - 0.5} ${-hall.depth / 2 - 0.5} ${hall.width + 1} ${hall.depth + 1}`

/** Zones and walls drawn from above, from the same geometry the 3D hall is built from; for the map and the studio. */
export function PlanBackdrop({ hall }: { hall: Hall }) {
  const walls = useMemo(
    () => hall.walls.flatMap((wall) => wallPieces(wall, hall.height)).filter((p) => p.bottom === 0),
    [hall],
  )
  return (
    <>
      {hall.zones.map((zone) => {
        const [[x1, z1], [x2, z2]] = zone.area
        return (
          <rect
            key={zone.id}
            x={Math.min(x1, x2)}
            y={Math.min(z1, z2)}
            width={Math.abs(x2 - x1)}
            height={Math.abs(z2 - z1)}
            fill={zone.color}
            opacity={0.14}
          />
        )
      })}
      {walls.map((piece) => (
        <rect
          key={`${piece.x},${piece.z},${piece.yaw}`}
          x={-piece.halfWidth}
          y={-piece.halfDepth}
          width={piece.halfWidth * 2}
          height={piece.halfDepth * 2}
          transform={`translate(${piece.x} ${piece.z}) rotate(${(-piece.yaw * 180) / Math.PI})`}
          fill="#3a3f4b"
        />
      ))}
    </>
  )
}
