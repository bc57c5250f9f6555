import { describe, expect, it } from 'vitest'
import { FADE_SECONDS } from './fade'
import {
  createLocomotionStatus,
  createLocomotionUpdate,
  type LocomotionInput,
  type LocomotionStatus,
  SEATED_RAISE,
  TURN_SPEED,
} from './locomotion'
import { createRig, type Rig } from './rig'
import { teleportLanding } from './teleport'
import { request, testWorld } from './testWorld'

const world = testWorld()
const FRAME = 1 / 30

/** A headset standing at the entrance, the play area centred under the head; `aimAt` is where the ray hits the floor. */
function setup(aimAt = { x: 0, z: 8 }) {
  const rig: Rig = createRig({ x: 0, z: 12, yaw: 0 })
  rig.arrival = null
  const status: LocomotionStatus = createLocomotionStatus()
  const update = createLocomotionUpdate(world, 0, status)
  const input: LocomotionInput = {
    headX: 0,
    headZ: 12,
    headYaw: 0,
    turnX: 0,
    aimY: 0,
    aimer: true,
    moveX: 0,
    moveY: 0,
    comfort: { turn: 'snap', snapDegrees: 45, smoothMove: false, seated: false },
    travel: null,
    reduceMotion: false,
    // What the ray cast does for a floor hit: the landing, or the point itself marked invalid.
    castAim: () => {
      const landing = teleportLanding(aimAt, world.obstacles, world.hall)
      rig.aim.valid = landing !== null
      rig.aim.x = landing?.x ?? aimAt.x
      rig.aim.z = landing?.z ?? aimAt.z
      return true
    },
  }
  // The headset's tracking follows the head the update placed, as it would after the play area moved.
  const step = (frames = 1) => {
    for (let i = 0; i < frames; i++) {
      update(rig, input, FRAME)
      input.headX = rig.head.x
      input.headZ = rig.head.z
      input.headYaw = rig.head.yaw
    }
  }
  return { rig, status, input, step }
}

describe('headset locomotion', () => {
  it('snap turns once per push, about the head', () => {
    const { rig, input, step } = setup()
    input.turnX = 0.9
    step(5)
    expect(rig.head.yaw).toBeCloseTo(-Math.PI / 4)
    expect(rig.origin.yaw).toBeCloseTo(-Math.PI / 4)
    expect(rig.head).toMatchObject({ x: 0, z: 12 })
    input.turnX = 0
    step()
    input.turnX = -0.9
    step()
    expect(rig.head.yaw).toBeCloseTo(0)
  })

  it('smooth turns with the stick and time, and drives the vignette', () => {
    const { rig, input, step } = setup()
    input.comfort.turn = 'smooth'
    input.turnX = 1
    step(10)
    expect(rig.head.yaw).toBeCloseTo(-TURN_SPEED * FRAME * 10)
    expect(rig.motion).toBeCloseTo(1)
  })

  it('teleports to walkable floor on release', () => {
    const { rig, status, input, step } = setup({ x: 2, z: 8 })
    input.aimY = -0.9
    step()
    expect(status.teleport).toEqual({ aiming: true, valid: true })
    input.aimY = 0
    step()
    expect(status.teleport).toEqual({ aiming: false, valid: false })
    expect(rig.head).toMatchObject({ x: 2, z: 8 })
    expect(status.origin).toMatchObject({ x: 2, z: 8 })
  })

  it('refuses a teleport into a stand or outside the hall', () => {
    const stand = world.obstacles.find((box) => Math.abs(box.x) < 15 && Math.abs(box.z) < 12)
    if (!stand) throw new Error('no stand')
    for (const target of [
      { x: stand.x, z: stand.z },
      { x: 0, z: world.hall.depth / 2 + 2 },
    ]) {
      const { rig, status, input, step } = setup(target)
      input.aimY = -0.9
      step()
      expect(status.teleport).toEqual({ aiming: true, valid: false })
      input.aimY = 0
      step()
      expect(rig.head).toMatchObject({ x: 0, z: 12 })
    }
  })

  it('raises the play area for a seated visitor', () => {
    const { status, input, step } = setup()
    step()
    expect(status.origin.y).toBe(0)
    input.comfort.seated = true
    step()
    expect(status.origin.y).toBe(SEATED_RAISE)
  })

  it('fades to a jump target, moving the head only once the view is black', () => {
    const { rig, status, input, step } = setup()
    input.travel = request(1, 'jump', 5, 10, 1)
    step()
    expect(status.lastJump).toBe('fade')
    expect(rig.head).toMatchObject({ x: 0, z: 12 })
    step(Math.ceil(FADE_SECONDS / FRAME) + 1)
    expect(rig.head.x).toBeCloseTo(5)
    expect(rig.head.z).toBeCloseTo(10)
    expect(rig.head.yaw).toBeCloseTo(1)
  })

  it('cuts to a jump target when the visitor reduces motion, and never replays a request', () => {
    const { rig, status, input, step } = setup()
    input.reduceMotion = true
    input.travel = request(1, 'jump', 5, 10, 1)
    // A cut lands once the headset's pose is known (from the third frame of a session on).
    step(3)
    expect(status.lastJump).toBe('cut')
    expect(rig.fade.phase).toBe('none')
    expect(rig.head.x).toBeCloseTo(5)
    // The same request seen again (every frame sees it) moves nobody back.
    status.lastJump = null
    input.headX = 0
    rig.head.x = 0
    step(3)
    expect(status.lastJump).toBeNull()
    expect(rig.head.x).toBe(0)
  })
})
