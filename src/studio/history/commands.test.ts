import { describe, expect, it } from 'vitest'
import defaultExhibition from '../../content/default-exhibition.json'
import { parseExhibition } from '../../content/parse'
import { type Exhibition, exhibitionSchema } from '../../content/schema'
import { newExhibit } from '../newExhibit'
import { addExhibit, moveInTour, removeExhibit, updateExhibit } from './commands'
import { createHistory } from './historyStore'

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}

describe('edit history', () => {
  it('undoes and redoes a text edit exactly', () => {
    const doc = shipped()
    const first = doc.exhibits[0]
    if (!first) throw new Error('no exhibits')
    const history = createHistory(doc)
    history.getState().execute(updateExhibit('Edit title', first, { title: { ...first.title, en: 'New title' } }))
    expect(history.getState().doc.exhibits[0]?.title.en).toBe('New title')
    history.getState().undo()
    expect(history.getState().doc).toEqual(doc)
    history.getState().redo()
    expect(history.getState().doc.exhibits[0]?.title.en).toBe('New title')
  })

  it('a new edit clears what could be redone', () => {
    const doc = shipped()
    const first = doc.exhibits[0]
    if (!first) throw new Error('no exhibits')
    const history = createHistory(doc)
    history.getState().execute(updateExhibit('Move', first, { position: [1, 9] }))
    history.getState().undo()
    history.getState().execute(updateExhibit('Rotate', first, { rotation: 45 }))
    expect(history.getState().redoStack).toEqual([])
  })

  it('removing and adding back restores the list and its order', () => {
    const doc = shipped()
    const third = doc.exhibits[2]
    if (!third) throw new Error('need three exhibits')
    const history = createHistory(doc)
    history.getState().execute(removeExhibit('Delete', doc, third.id))
    expect(history.getState().doc.exhibits.map((e) => e.id)).not.toContain(third.id)
    history.getState().undo()
    expect(history.getState().doc.exhibits.map((e) => e.id)).toEqual(doc.exhibits.map((e) => e.id))
    const copy = { ...third, id: `${third.id}-copy`, tour: doc.exhibits.length + 1 }
    history.getState().execute(addExhibit('Duplicate', copy))
    expect(exhibitionSchema.safeParse(history.getState().doc).success).toBe(true)
  })

  it('moving a stop in the tour renumbers the stops between, without gaps', () => {
    const doc = shipped()
    const last = [...doc.exhibits].sort((a, b) => a.tour - b.tour).at(-1)
    if (!last) throw new Error('no exhibits')
    const history = createHistory(doc)
    history.getState().execute(moveInTour('Move to first', doc, last.id, 1))
    const tours = history
      .getState()
      .doc.exhibits.map((e) => e.tour)
      .sort((a, b) => a - b)
    expect(tours).toEqual(doc.exhibits.map((_, i) => i + 1))
    expect(history.getState().doc.exhibits.find((e) => e.id === last.id)?.tour).toBe(1)
    history.getState().undo()
    expect(history.getState().doc).toEqual(doc)
  })
})

describe('a new exhibit', () => {
  it('keeps the draft valid and goes last in the tour', () => {
    const doc = shipped()
    const history = createHistory(doc)
    const fresh = newExhibit(doc)
    history.getState().execute(addExhibit('Add', fresh))
    expect(exhibitionSchema.safeParse(history.getState().doc).success).toBe(true)
    expect(fresh.tour).toBe(doc.exhibits.length + 1)
    expect(newExhibit(history.getState().doc).id).not.toBe(fresh.id)
  })
})
