import { describe, expect, it } from 'vitest'
import { ALL_ON, optimizationsFrom } from './optimizations'

describe('optimization flags', () => {
  it('are all on unless the query turns them off', () => {
    expect(optimizationsFrom('')).toEqual(ALL_ON)
    expect(optimizationsFrom('?exhibit=welcome&lang=en')).toEqual(ALL_ON)
  })

  it('turns all off, or only those named with a minus', () => {
    expect(optimizationsFrom('?opt=off')).toEqual({
      text: false,
      lod: false,
      media: false,
      instancing: false,
      demand: false,
    })
    expect(optimizationsFrom('?opt=-text,-demand')).toEqual({ ...ALL_ON, text: false, demand: false })
  })

  it('ignores names it does not know', () => {
    expect(optimizationsFrom('?opt=-shadows,-text')).toEqual({ ...ALL_ON, text: false })
  })
})
