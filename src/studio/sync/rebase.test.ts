import { describe, expect, it } from 'vitest'
import defaultExhibition from '../../content/default-exhibition.json'
import { parseExhibition } from '../../content/parse'
import type { Exhibition } from '../../content/schema'
import { updateExhibit } from '../history/commands'
import { createHistory } from '../history/historyStore'
import { rebase, resolve } from './rebase'

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}

describe('carrying unsaved edits onto a newer draft', () => {
  const base = shipped()
  const first = base.exhibits[0]
  if (!first) throw new Error('no exhibits')

  it('keeps both sides and the undo history; undo then takes back only the curator’s own field', () => {
    const history = createHistory(base)
    history.getState().execute(updateExhibit('Edit title', first, { title: { ...first.title, en: 'Mine' } }))
    const theirs = structuredClone(base)
    theirs.exhibits[0] = { ...first, summary: { ...first.summary, en: 'Theirs.' } }
    const { doc, conflicts } = rebase(base, history.getState().doc, theirs)
    expect(conflicts).toEqual([])
    history.getState().replace(doc)
    expect(history.getState().doc.exhibits[0]?.summary.en).toBe('Theirs.')
    history.getState().undo()
    expect(history.getState().doc.exhibits[0]?.title.en).toBe(first.title.en)
    expect(history.getState().doc.exhibits[0]?.summary.en).toBe('Theirs.')
  })

  it('settles each conflicting field as chosen', () => {
    const ours = structuredClone(base)
    ours.exhibits[0] = { ...first, title: { zh: '我的', en: 'Mine' } }
    const theirs = structuredClone(base)
    theirs.exhibits[0] = { ...first, title: { zh: '他们的', en: 'Theirs' } }
    const { doc, conflicts } = rebase(base, ours, theirs)
    expect(conflicts.map((conflict) => conflict.path.join('/'))).toEqual([
      `exhibits/${first.id}/title/zh`,
      `exhibits/${first.id}/title/en`,
    ])
    const settled = resolve(doc, conflicts, ['mine', 'theirs'])
    expect(settled.exhibits[0]?.title).toEqual({ zh: '我的', en: 'Theirs' })
  })
})
