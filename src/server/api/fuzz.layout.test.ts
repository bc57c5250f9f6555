import fc from 'fast-check'
import { afterAll, beforeAll, describe, it } from 'vitest'
import type { Hall } from '../../content/schema'
import type { DraftState } from '../db/contentRepository'
import { FuzzTarget } from '../testing/fuzzHarness'
import { type Json, jsonBody } from '../testing/fuzzing'

type Mutation = (hall: Hall) => Hall

const length = (wall: Hall['walls'][number]) => Math.hypot(wall.to[0] - wall.from[0], wall.to[1] - wall.from[1])

/**
 * Layouts no hall may have, each well-formed JSON of the right types, so only the layout rules can refuse them: a wall
 * of no length, a doorway wider than its wall or past its end or too narrow to pass, a zone or a wall outside the
 * hall, a hall smaller than its stands, walls of no thickness or height.
 */
function brokenLayouts(hall: Hall, farthest: { x: number; z: number }): fc.Arbitrary<Mutation> {
  const wallIndex = fc.integer({ min: 0, max: hall.walls.length - 1 })
  const zoneIndex = fc.integer({ min: 0, max: hall.zones.length - 1 })
  const inside = fc.tuple(
    fc.double({ min: -hall.width / 2, max: hall.width / 2, noNaN: true }),
    fc.double({ min: -hall.depth / 2, max: hall.depth / 2, noNaN: true }),
  )
  const beyond = fc.double({ min: 0.01, max: 1e6, noNaN: true })
  const withWall =
    (index: number, change: (wall: Hall['walls'][number]) => Hall['walls'][number]): Mutation =>
    (h) => ({
      ...h,
      walls: h.walls.map((wall, i) => (i === index ? change(wall) : wall)),
    })
  return fc.oneof(
    inside.map(
      ([x, z]): Mutation =>
        (h) => ({ ...h, walls: [...h.walls, { from: [x, z], to: [x, z], thickness: 0.2, openings: [] }] }),
    ),
    fc
      .tuple(wallIndex, beyond)
      .map(([w, extra]) =>
        withWall(w, (wall) => ({ ...wall, openings: [{ offset: length(wall) / 2, width: length(wall) + extra }] })),
      ),
    fc
      .tuple(wallIndex, fc.double({ min: 0.9, max: 3, noNaN: true }), beyond)
      .map(([w, width, past]) =>
        withWall(w, (wall) => ({ ...wall, openings: [{ offset: length(wall) - width / 2 + past, width }] })),
      ),
    fc
      .tuple(wallIndex, fc.double({ min: -1e6, max: 0.8999, noNaN: true }))
      .map(([w, width]) => withWall(w, (wall) => ({ ...wall, openings: [{ offset: length(wall) / 2, width }] }))),
    fc
      .tuple(
        wallIndex,
        fc.oneof(fc.double({ min: -1e6, max: 0, noNaN: true }), fc.double({ min: 2.0001, max: 1e6, noNaN: true })),
      )
      .map(([w, thickness]) => withWall(w, (wall) => ({ ...wall, thickness }))),
    fc
      .tuple(wallIndex, fc.double({ min: -1e6, max: 0, noNaN: true }))
      .map(([w, height]) => withWall(w, (wall) => ({ ...wall, height }))),
    fc.tuple(wallIndex, beyond, fc.boolean()).map(([w, extra, east]) =>
      withWall(w, (wall) => ({
        ...wall,
        to: [east ? hall.width / 2 + extra : wall.to[0], east ? wall.to[1] : hall.depth / 2 + extra],
      })),
    ),
    fc.tuple(zoneIndex, beyond, fc.boolean()).map(
      ([z, extra, east]): Mutation =>
        (h) => ({
          ...h,
          zones: h.zones.map((zone, i) =>
            i === z
              ? {
                  ...zone,
                  area: [
                    zone.area[0],
                    east ? [h.width / 2 + extra, zone.area[1][1]] : [zone.area[1][0], h.depth / 2 + extra],
                  ],
                }
              : zone,
          ),
        }),
    ),
    // Smaller than its stands: the farthest stand would stand outside.
    fc.tuple(fc.double({ min: 4, max: 2 * farthest.x - 0.01, noNaN: true }), fc.boolean()).map(
      ([size, wide]): Mutation =>
        (h) =>
          wide ? { ...h, width: size } : { ...h, depth: Math.min(size, 2 * farthest.z - 0.01) },
    ),
    inside.chain(([, z]) =>
      beyond.map(
        (extra): Mutation =>
          (h) => ({ ...h, entrance: { ...h.entrance, position: [h.width / 2 + extra, z] } }),
      ),
    ),
  )
}

describe('the draft refuses broken layouts and stores nothing', { timeout: 120_000 }, () => {
  let target: FuzzTarget
  let state: DraftState

  beforeAll(async () => {
    target = await FuzzTarget.open()
    state = await target.draft()
  })
  afterAll(() => target.close())

  it('PUT /api/draft with a hall that breaks a layout rule', async () => {
    const { document } = state
    const farthest = {
      x: Math.max(...document.exhibits.map((e) => Math.abs(e.position[0]))),
      z: Math.max(...document.exhibits.map((e) => Math.abs(e.position[1]))),
    }
    const attempts = brokenLayouts(document.hall, farthest).map((mutate) => ({
      path: '/api/draft',
      body: jsonBody({
        baseVersion: state.version,
        document: { ...document, hall: mutate(document.hall) },
      } as unknown as Json),
      contentType: 'application/json',
    }))
    await target.fuzz(() => target.curator, 'PUT', attempts)
  })
})
