import { describe, expect, it } from 'vitest'
import { advanceFade, createFade, FADE_SECONDS, startFade } from './fade'

describe('the fade between tour stops', () => {
  it('goes black, moves the visitor once while black, then clears', () => {
    const fade = createFade()
    const to = { x: 3, z: -4, yaw: 1 }
    startFade(fade, to)
    const step = FADE_SECONDS / 4
    const moves = []
    const opacities = []
    for (let frame = 0; frame < 12; frame++) {
      const move = advanceFade(fade, step)
      if (move) moves.push({ frame, move, opacity: fade.opacity })
      opacities.push(fade.opacity)
    }
    // One move, at the frame the view reached full black; never while the old place could still be seen.
    expect(moves).toEqual([{ frame: 3, move: to, opacity: 1 }])
    expect(opacities.slice(0, 4)).toEqual([0.25, 0.5, 0.75, 1])
    expect(opacities.at(-1)).toBe(0)
    expect(fade.phase).toBe('none')
  })

  it('does nothing when no fade was asked for', () => {
    const fade = createFade()
    expect(advanceFade(fade, 1)).toBeNull()
    expect(fade).toEqual(createFade())
  })
})
