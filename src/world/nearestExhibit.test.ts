import { describe, expect, it } from 'vitest'
import defaultExhibition from '../content/default-exhibition.json'
import { parseExhibition } from '../content/parse'
import { nearestExhibit } from './nearestExhibit'

const parsed = parseExhibition(defaultExhibition)
if (!parsed.ok) throw new Error('the default exhibition does not parse')
const { exhibits } = parsed.exhibition

describe('nearest exhibit', () => {
  it('names the exhibit a visitor stands beside, whichever it is', () => {
    for (const exhibit of exhibits) {
      expect(nearestExhibit(exhibits, exhibit.position[0] + 0.2, exhibit.position[1] - 0.1)?.id).toBe(exhibit.id)
    }
  })

  it('names none in an empty hall', () => {
    expect(nearestExhibit([], 0, 0)).toBeNull()
  })
})
