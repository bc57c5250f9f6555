import { describe, expect, it } from 'vitest'
import defaultExhibition from '../../content/default-exhibition.json'
import { parseExhibition } from '../../content/parse'
import type { Exhibition } from '../../content/schema'
import { createHistory } from '../history/historyStore'
import { changeHall, refusalsOf } from './layoutCommands'
import { offsetAlong, snapWallEnd, wallNear } from './snapping'
import { addDoorway, addWall, moveWallEnd, removeDoorway, removeWall, setDoorway, setWallSize } from './wallEdits'

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}

describe('wall edits', () => {
  it('adds, resizes, moves and removes a wall, each undoable exactly', () => {
    const doc = shipped()
    const history = createHistory(doc)
    const run = (label: string, next: Exhibition['hall']) =>
      history.getState().execute(changeHall(label, history.getState().doc.hall, next))
    run('Draw', addWall(doc.hall, [-12, 6], [-12, 14]))
    const last = doc.hall.walls.length
    expect(history.getState().doc.hall.walls[last]).toEqual({
      from: [-12, 6],
      to: [-12, 14],
      thickness: 0.2,
      height: 3.5,
      openings: [],
    })
    run('Thicker', setWallSize(history.getState().doc.hall, last, { thickness: 0.4, height: 2.5 }))
    run('Move end', moveWallEnd(history.getState().doc.hall, last, 'to', [-12, 12]))
    expect(history.getState().doc.hall.walls[last]).toMatchObject({ to: [-12, 12], thickness: 0.4, height: 2.5 })
    run('Delete', removeWall(history.getState().doc.hall, last))
    expect(history.getState().doc.hall.walls).toHaveLength(last)
    for (let i = 0; i < 4; i++) history.getState().undo()
    expect(history.getState().doc).toEqual(doc)
  })

  it('adds a doorway inside its wall, widens, moves and removes it', () => {
    const hall = addWall(shipped().hall, [-12, 6], [-12, 14])
    const last = hall.walls.length - 1
    // Asked for at the very end, the doorway is kept whole inside the wall.
    const opened = addDoorway(hall, last, 7.9)
    expect(opened.walls[last]?.openings).toEqual([{ offset: 7.4, width: 1.2 }])
    const wider = setDoorway(opened, last, 0, { offset: 6, width: 2 })
    expect(wider.walls[last]?.openings).toEqual([{ offset: 6, width: 2 }])
    expect(removeDoorway(wider, last, 0).walls[last]?.openings).toEqual([])
  })

  it('refuses edits that break the layout, naming the field in words, and leaves the draft as it was', () => {
    const doc = shipped()
    const zeroLength = { ...doc, hall: addWall(doc.hall, [2, 2], [2, 2]) }
    expect(refusalsOf(doc, zeroLength)).toEqual([
      'Wall 8 has no length (0 m): its two ends must be at least 0.25 m apart.',
    ])
    const tooWide = { ...doc, hall: setDoorway(doc.hall, 4, 0, { width: 40 }) }
    expect(refusalsOf(doc, tooWide)).toEqual(['Doorway 1 of wall 5 is 40 m wide, wider than its wall (36 m).'])
    const narrow = { ...doc, hall: setDoorway(doc.hall, 4, 0, { width: 0.5 }) }
    expect(refusalsOf(doc, narrow)).toEqual([
      'Doorway 1 of wall 5: its width must be at least 0.9 m so visitors can pass.',
    ])
    const zone = doc.hall.zones[0]
    if (!zone) throw new Error('no zone')
    const outside = {
      ...doc,
      hall: {
        ...doc.hall,
        zones: [
          {
            ...zone,
            area: [
              [-30, 6],
              [18, 14],
            ] as typeof zone.area,
          },
          ...doc.hall.zones.slice(1),
        ],
      },
    }
    expect(refusalsOf(doc, outside)).toEqual(['Zone “Introduction” reaches outside the hall (36 m × 28 m).'])
    const small = { ...doc, hall: { ...doc.hall, width: 20 } }
    const refused = refusalsOf(doc, small)
    expect(refused).toContainEqual(
      expect.stringMatching(/^The hall would be too small for its stands: “.+” would stand outside it\./),
    )
    expect(refused).toContain('Wall 1 starts outside the hall (20 m × 28 m).')
    expect(refusalsOf(doc, { ...doc, hall: addWall(doc.hall, [-12, 6], [-12, 14]) })).toEqual([])
  })
})

describe('snapping', () => {
  it('snaps a wall end to another wall’s end nearby, otherwise to the grid, inside the hall', () => {
    const { hall } = shipped()
    // Wall 5 starts at (-18, 6); wall 6 ends at (-6, 6).
    expect(snapWallEnd(hall, [-6.3, 5.8])).toEqual([-6, 6])
    expect(snapWallEnd(hall, [-9.2, 10.3])).toEqual([-9, 10.5])
    expect(snapWallEnd(hall, [25, -20])).toEqual([18, -14])
    // The wall being moved does not snap to itself.
    const drawn = addWall(hall, [-9, 10], [-3, 10])
    expect(snapWallEnd(drawn, [-8.9, 10.1], drawn.walls.length - 1)).toEqual([-9, 10])
    expect(snapWallEnd(drawn, [-8.9, 10.1])).toEqual([-9, 10])
  })

  it('finds the wall under a click and the distance along it', () => {
    const hall = addWall(shipped().hall, [-12, 6], [-12, 14])
    const last = hall.walls.length - 1
    expect(wallNear(hall, [-12.2, 12])).toBe(last)
    expect(offsetAlong(hall, last, [-12.2, 12.04])).toBe(6)
    expect(wallNear(hall, [-15, 10])).toBeNull()
  })
})
