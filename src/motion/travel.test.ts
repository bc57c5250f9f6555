import { describe, expect, it } from 'vitest'
import { request } from './testWorld'
import { takeTravel, travelStyle } from './travel'

describe('travel requests', () => {
  it('cut for a place and for reduced motion; glide for a jump; walk for a walk', () => {
    expect(travelStyle(request(1, 'place', 0, 0, 0), false)).toBe('cut')
    expect(travelStyle(request(1, 'jump', 0, 0, 0), false)).toBe('glide')
    expect(travelStyle(request(1, 'walk', 0, 0, 0), false)).toBe('walk')
    expect(travelStyle(request(1, 'jump', 0, 0, 0), true)).toBe('cut')
    expect(travelStyle(request(1, 'walk', 0, 0, 0), true)).toBe('cut')
  })

  it('hands each request out once', () => {
    const cursor = { lastTravelSeq: 0 }
    const first = request(1, 'jump', 0, 0, 0)
    expect(takeTravel(cursor, first)).toBe(first)
    expect(takeTravel(cursor, first)).toBeNull()
    expect(takeTravel(cursor, null)).toBeNull()
    expect(takeTravel(cursor, request(2, 'jump', 0, 0, 0))?.seq).toBe(2)
  })
})
