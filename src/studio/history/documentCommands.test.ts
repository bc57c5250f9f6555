import { describe, expect, it } from 'vitest'
import defaultExhibition from '../../content/default-exhibition.json'
import { parseExhibition } from '../../content/parse'
import type { Exhibition, Source } from '../../content/schema'
import { updateExhibitionTexts } from './documentCommands'

function shipped(): Exhibition {
  const parsed = parseExhibition(defaultExhibition)
  if (!parsed.ok) throw new Error('the default exhibition is invalid')
  return parsed.exhibition
}

const titled = (source: Source, id: string, en: string): Source => ({ ...source, id, title: { ...source.title, en } })

describe('editing the exhibition’s texts and sources', () => {
  const doc = shipped()
  const first = doc.sources[0]
  if (!first) throw new Error('no sources')

  it('undoes exactly the edit, on a draft changed meanwhile by others’ merged saves', () => {
    const added = titled(first, 'mine', 'My source')
    const add = updateExhibitionTexts('Add a source', doc, { sources: [...doc.sources, added] })
    const mine = add.apply(doc)
    // Someone else's save, merged in: a second new source and a new subtitle.
    const theirs = { ...mine, subtitle: { ...mine.subtitle, en: 'Their subtitle' } }
    theirs.sources = [...mine.sources, titled(first, 'theirs', 'Their source')]
    const undone = add.revert(theirs)
    expect(undone.sources.map((source) => source.id)).toEqual([first.id, 'theirs'])
    expect(undone.subtitle.en).toBe('Their subtitle')
    expect(add.apply(undone).sources.map((source) => source.id)).toEqual([first.id, 'mine', 'theirs'])
  })

  it('an edit of one source leaves the others, and a title edit only the title', () => {
    const two = { ...doc, sources: [first, titled(first, 'second', 'Second')] }
    const rename = updateExhibitionTexts('Rename', two, {
      sources: two.sources.with(0, titled(first, first.id, 'New')),
    })
    const meanwhile = { ...two, sources: two.sources.with(1, titled(first, 'second', 'Second, edited')) }
    const renamed = rename.apply(meanwhile)
    expect(renamed.sources.map((source) => source.title.en)).toEqual(['New', 'Second, edited'])
    expect(rename.revert(renamed).sources.map((source) => source.title.en)).toEqual([first.title.en, 'Second, edited'])
    const retitle = updateExhibitionTexts('Retitle', two, { title: { ...two.title, en: 'Retitled' } })
    expect(retitle.apply(meanwhile).sources).toBe(meanwhile.sources)
    expect(retitle.revert(retitle.apply(meanwhile)).title).toEqual(two.title)
  })
})
