import { describe, expect, it } from 'vitest'
import { BODY_RADIUS } from '../world/collision'
import { createDesktopInput, createDesktopMotion, type DesktopInput, look, updateDesktopMotion } from './desktopMotion'
import { request, testWorld } from './testWorld'

const world = testWorld()
const FRAME = 1 / 30

function run(frames: number, input: DesktopInput, state = createDesktopMotion({ x: 0, z: 12, yaw: 0 }, 0)) {
  for (let i = 0; i < frames; i++) updateDesktopMotion(state, input, FRAME, world)
  return state
}

describe('desktop motion', () => {
  it('walks into a wall and stops at it', () => {
    // Backwards from (10, 12) towards the hall's wall at z = 14 (0.3 m thick), away from the entrance's opening.
    const input = { ...createDesktopInput(), forward: -1 }
    const state = run(120, input, createDesktopMotion({ x: 10, z: 12, yaw: 0 }, 0))
    const stop = 14 - 0.15 - BODY_RADIUS
    expect(state.pose.z).toBeCloseTo(stop, 2)
    expect(state.pose.x).toBeCloseTo(10)
    run(30, input, state)
    expect(state.pose.z).toBeCloseTo(stop, 2)
  })

  it('turns with the turn keys, left increasing yaw', () => {
    const state = run(30, { ...createDesktopInput(), turn: 1 })
    // The first frame after idling steps 1/60 s; the rest the frame time.
    expect(state.pose.yaw).toBeCloseTo(1.6 * (1 / 60 + 29 * FRAME))
    expect(state.pose.x).toBe(0)
  })

  it('glides to a jump target, arrives and faces it, then stops', () => {
    const input = { ...createDesktopInput(), travel: request(1, 'jump', 5, 10, 1.2) }
    const state = run(1, input)
    expect(state.active).toBe(true)
    expect(state.pose.x).toBeGreaterThan(0)
    expect(state.pose.x).toBeLessThan(5)
    run(40, input, state)
    expect(state.pose).toEqual({ x: 5, z: 10, yaw: 1.2 })
    expect(state.glide).toBeNull()
    expect(state.active).toBe(false)
  })

  it('makes a glide a cut when the visitor reduces motion', () => {
    const input = { ...createDesktopInput(), travel: request(1, 'jump', 5, 10, 1.2), reduceMotion: true }
    const state = run(1, input)
    expect(state.pose).toEqual({ x: 5, z: 10, yaw: 1.2 })
    expect(state.glide).toBeNull()
    expect(state.active).toBe(false)
  })

  it('walks a route to a walk target and turns to face it', () => {
    const input = { ...createDesktopInput(), travel: request(1, 'walk', -3, 4, 0.5) }
    const state = run(1, input)
    expect(state.walk).not.toBeNull()
    run(600, input, state)
    expect(state.walk).toBeNull()
    expect(state.pose.x).toBeCloseTo(-3, 1)
    expect(state.pose.z).toBeCloseTo(4, 1)
    expect(state.pose.yaw).toBeCloseTo(0.5)
  })

  it('does not carry out a request with the same seq twice', () => {
    const input = { ...createDesktopInput(), travel: request(3, 'place', 5, 10, 0) }
    const state = run(1, input)
    state.pose.x = 1
    run(5, input, state)
    expect(state.pose.x).toBe(1)
    // A request made before the controls started (a deep link's seq) is not replayed either.
    const fresh = run(1, input, createDesktopMotion({ x: 0, z: 12, yaw: 0 }, 3))
    expect(fresh.pose).toEqual({ x: 0, z: 12, yaw: 0 })
  })

  it('looks up and down no further than a neck would', () => {
    const state = createDesktopMotion({ x: 0, z: 12, yaw: 0 }, 0)
    look(state, 0.5, 3)
    expect(state.pose.yaw).toBe(0.5)
    expect(state.pitch).toBeCloseTo((80 * Math.PI) / 180)
  })
})
