import { describe, expect, it } from 'vitest'
import defaultExhibition from '../content/default-exhibition.json'
import { parseExhibition } from '../content/parse'
import { obstaclesOf } from '../world/geometry'
import { teleportLanding } from './teleport'

const parsed = parseExhibition(defaultExhibition)
if (!parsed.ok) throw new Error('the default exhibition is invalid')
const { hall, exhibits } = parsed.exhibition
const obstacles = obstaclesOf(hall, exhibits)

describe('teleport landing', () => {
  it('lands on open floor where aimed', () => {
    const [x, z] = hall.entrance.position
    expect(teleportLanding({ x, z: z - 1 }, obstacles, hall)).toEqual({ x, z: z - 1 })
  })

  it('refuses a stand, and the space outside the hall', () => {
    const stand = exhibits[0]
    if (!stand) throw new Error('no exhibits')
    expect(teleportLanding({ x: stand.position[0], z: stand.position[1] }, obstacles, hall)).toBeNull()
    expect(teleportLanding({ x: 0, z: hall.depth / 2 + 2 }, obstacles, hall)).toBeNull()
  })

  it('nudges a point just too close to the hall wall onto free floor', () => {
    const landing = teleportLanding({ x: 0, z: hall.depth / 2 - 0.2 }, obstacles, hall)
    expect(landing?.z).toBeCloseTo(hall.depth / 2 - 0.3, 3)
  })
})
