import { describe, expect, it } from 'vitest'
import { wallSchema } from '../content/schema'
import { OPENING_HEIGHT, wallPieces } from './geometry'

describe('wallPieces', () => {
  it('cuts an opening out of a wall and puts a lintel above it', () => {
    const wall = wallSchema.parse({ from: [-5, 0], to: [5, 0], openings: [{ offset: 5, width: 2 }] })
    const pieces = wallPieces(wall, 5)
    const floorPieces = pieces.filter((piece) => piece.bottom === 0)
    expect(floorPieces.map((piece) => [piece.x, piece.halfWidth])).toEqual([
      [-3, 2],
      [3, 2],
    ])
    const lintel = pieces.find((piece) => piece.bottom === OPENING_HEIGHT)
    expect(lintel).toMatchObject({ x: 0, halfWidth: 1, top: 5 })
  })

  it('orients a north-south wall along z', () => {
    const wall = wallSchema.parse({ from: [2, -4], to: [2, 4] })
    const [piece] = wallPieces(wall, 3)
    expect(piece?.x).toBeCloseTo(2)
    expect(piece?.z).toBeCloseTo(0)
    expect(Math.abs(Math.sin(piece?.yaw ?? 0))).toBeCloseTo(1)
  })
})
