import { describe, expect, it } from 'vitest'
import defaultExhibition from './default-exhibition.json'
import { getAtPath, type Json, mergeThreeWay, setAtPath } from './merge'
import { parseExhibition } from './parse'
import type { Exhibition, Hall, Wall } from './schema'

// Two curators shaping the hall at once, as the studio's layout tools change it: walls drawn (appended), an end
// moved, doorways added (appended to their wall) or widened, walls removed, zones and the hall's size and entrance.

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}
const base = shipped()
const withHall = (change: (hall: Hall) => Hall): Exhibition => ({
  ...structuredClone(base),
  hall: change(structuredClone(base.hall)),
})
const mapWall = (hall: Hall, index: number, change: (wall: Wall) => Wall): Hall => ({
  ...hall,
  walls: hall.walls.map((wall, i) => (i === index ? change(wall) : wall)),
})
const NEW_WALL: Wall = { from: [-12, 6], to: [-12, 14], thickness: 0.2, height: 3.5, openings: [] }
const OTHER_WALL: Wall = { from: [12, 6], to: [12, 14], thickness: 0.2, height: 3.5, openings: [] }

/** The merge, which must be a valid exhibition when there are no conflicts. */
function merge(ours: Exhibition, theirs: Exhibition) {
  const result = mergeThreeWay(base as unknown as Json, ours as unknown as Json, theirs as unknown as Json)
  const parsed = parseExhibition(result.merged)
  if (result.conflicts.length === 0 && !parsed.ok) throw new Error(JSON.stringify(parsed.problems))
  return { hall: (result.merged as unknown as Exhibition).hall, conflicts: result.conflicts, merged: result.merged }
}

describe('three-way merge of the hall layout', () => {
  it('a wall drawn here while a wall end is moved there: both survive', () => {
    const ours = withHall((hall) => ({ ...hall, walls: [...hall.walls, NEW_WALL] }))
    const theirs = withHall((hall) => mapWall(hall, 5, (wall) => ({ ...wall, to: [-6, 4] })))
    const { hall, conflicts } = merge(ours, theirs)
    expect(conflicts).toEqual([])
    expect(hall.walls).toHaveLength(base.hall.walls.length + 1)
    expect(hall.walls[5]?.to).toEqual([-6, 4])
    expect(hall.walls.at(-1)).toEqual(NEW_WALL)
  })

  it('a wall drawn by each: both are kept, and the same wall drawn by both is kept once', () => {
    const ours = withHall((hall) => ({ ...hall, walls: [...hall.walls, NEW_WALL] }))
    const theirs = withHall((hall) => ({ ...hall, walls: [...hall.walls, OTHER_WALL] }))
    expect(merge(ours, theirs).hall.walls.slice(-2)).toEqual([OTHER_WALL, NEW_WALL])
    expect(merge(ours, ours).hall.walls).toHaveLength(base.hall.walls.length + 1)
  })

  it('a doorway added to a wall while another doorway of the same wall is widened: both survive', () => {
    const ours = withHall((hall) =>
      mapWall(hall, 4, (wall) => ({ ...wall, openings: [...wall.openings, { offset: 18, width: 1.2 }] })),
    )
    const theirs = withHall((hall) =>
      mapWall(hall, 4, (wall) => ({
        ...wall,
        openings: wall.openings.map((o, i) => (i === 0 ? { ...o, width: 4 } : o)),
      })),
    )
    const { hall, conflicts } = merge(ours, theirs)
    expect(conflicts).toEqual([])
    expect(hall.walls[4]?.openings).toEqual([
      { offset: 8, width: 4 },
      { offset: 28, width: 3 },
      { offset: 18, width: 1.2 },
    ])
  })

  it('a wall removed here while another is made thicker there: both survive', () => {
    const ours = withHall((hall) => ({ ...hall, walls: hall.walls.filter((_, i) => i !== 6) }))
    const theirs = withHall((hall) => mapWall(hall, 5, (wall) => ({ ...wall, thickness: 0.4 })))
    const { hall, conflicts } = merge(ours, theirs)
    expect(conflicts).toEqual([])
    expect(hall.walls).toHaveLength(base.hall.walls.length - 1)
    expect(hall.walls[5]?.thickness).toBe(0.4)
    expect(hall.walls.some((wall) => wall.from[0] === 6 && wall.to[0] === 6)).toBe(false)
  })

  it('the same wall end moved by both is one conflict at that end; choosing mine writes it there', () => {
    const ours = withHall((hall) => {
      const moved = mapWall(hall, 5, (wall) => ({ ...wall, to: [-6, 3] }))
      return { ...moved, walls: [...moved.walls, NEW_WALL] }
    })
    const theirs = withHall((hall) => mapWall(hall, 5, (wall) => ({ ...wall, to: [-6, 4] })))
    const { conflicts, merged } = merge(ours, theirs)
    expect(conflicts).toEqual([{ path: ['hall', 'walls', 5, 'to'], base: [-6, 6], ours: [-6, 3], theirs: [-6, 4] }])
    const [conflict] = conflicts
    if (!conflict || merged === undefined) throw new Error('no conflict')
    const mine = setAtPath(merged, conflict.path, conflict.ours)
    expect(getAtPath(mine, ['hall', 'walls', 5, 'to'])).toEqual([-6, 3])
    expect((getAtPath(mine, ['hall', 'walls']) as Json[]).at(-1)).toEqual(NEW_WALL as unknown as Json)
  })

  it('a wall removed on one side and changed on the other is one conflict over the walls, nothing dropped unseen', () => {
    const ours = withHall((hall) => ({ ...hall, walls: hall.walls.filter((_, i) => i !== 6) }))
    const theirs = withHall((hall) => mapWall(hall, 6, (wall) => ({ ...wall, height: 3 })))
    const { hall, conflicts } = merge(ours, theirs)
    expect(conflicts.map((conflict) => conflict.path)).toEqual([['hall', 'walls']])
    expect(hall.walls).toEqual(theirs.hall.walls)
  })

  it('hall size here, entrance and a zone there, a zone added: field by field', () => {
    const ours = withHall((hall) => ({
      ...hall,
      width: 40,
      zones: [
        ...hall.zones,
        {
          id: 'annex',
          title: { zh: '附厅', en: 'Annex' },
          color: '#335577',
          area: [
            [-18, -14],
            [-12, -8],
          ],
        },
      ],
    }))
    const theirs = withHall((hall) => ({
      ...hall,
      entrance: { ...hall.entrance, yaw: 20 },
      zones: hall.zones.map((zone, i) => (i === 0 ? { ...zone, title: { ...zone.title, en: 'Lobby' } } : zone)),
    }))
    const { hall, conflicts } = merge(ours, theirs)
    expect(conflicts).toEqual([])
    expect([hall.width, hall.entrance.yaw, hall.zones[0]?.title.en, hall.zones.at(-1)?.id]).toEqual([
      40,
      20,
      'Lobby',
      'annex',
    ])
    // The same field changed differently is a conflict named by its path.
    const wider = withHall((hall) => ({ ...hall, width: 44 }))
    expect(merge(ours, wider).conflicts.map((conflict) => conflict.path)).toEqual([['hall', 'width']])
  })
})
