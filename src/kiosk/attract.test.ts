import { describe, expect, it } from 'vitest'
import defaultExhibition from '../content/default-exhibition.json'
import { parseExhibition } from '../content/parse'
import { entrancePose } from '../world/geometry'
import { attractViewpoints, nextViewpoint } from './attract'

describe('the attract loop', () => {
  it('starts at the entrance, visits every stand in tour order, and goes round again', () => {
    const parsed = parseExhibition(defaultExhibition)
    if (!parsed.ok) throw new Error('the default exhibition is invalid')
    const viewpoints = attractViewpoints(parsed.exhibition)
    expect(viewpoints[0]).toEqual(entrancePose(parsed.exhibition.hall))
    expect(viewpoints).toHaveLength(parsed.exhibition.exhibits.length + 1)
    expect(nextViewpoint(0, viewpoints.length)).toBe(1)
    expect(nextViewpoint(viewpoints.length - 1, viewpoints.length)).toBe(0)
    expect(nextViewpoint(0, 0)).toBe(0)
  })
})
