import type { FloorPose } from '../state/floorPose'
import type { TravelRequest } from '../state/visitStore'
import { BODY_RADIUS, isFree, moveWithCollision, type Point2, resolve } from '../world/collision'
import { findPath } from '../world/pathfinding'
import { glidePose } from './glide'
import { stepWalk } from './routeWalk'
import { startTravel, type TravelCursor, type TravelState, takeTravel } from './travel'
import type { MotionWorld } from './world'

/** Walking speed of an unhurried visitor, and with Shift held, m/s. */
export const WALK_SPEED = 1.4
const RUN_SPEED = 2.8
/** Keyboard turning speed, radians per second. */
export const TURN_SPEED = 1.6
/** How long a jump to an exhibit glides, seconds (instant when the visitor asks for reduced motion). */
export const GLIDE_SECONDS = 0.7
const MAX_PITCH = (80 * Math.PI) / 180
/** Longest time step one frame may move by: slow (software-rendered) frames still walk at the right speed. */
const MAX_DELTA = 0.25
/** Frames are drawn on demand, so the first frame of a movement follows an idle gap of any length: step it as one frame. */
const FIRST_STEP = 1 / 60

/** A screen visitor's movement, kept from frame to frame. A plain object: it changes every frame. */
export interface DesktopMotion extends TravelState, TravelCursor {
  /** Whether the last update moved the visitor; if not, the next frame's delta spans an idle gap. */
  active: boolean
  /** Whether the last update changed the pose. */
  moved: boolean
  /** Whether the last update started or ended a movement. */
  activityChanged: boolean
}

/** What the visitor asks for this frame: each axis -1..1 (keys or buttons held), and any travel request. */
export interface DesktopInput {
  /** Forward positive. */
  forward: number
  /** Right positive. */
  strafe: number
  /** Left (yaw increasing) positive. */
  turn: number
  running: boolean
  travel: TravelRequest | null
  reduceMotion: boolean
}

export function createDesktopMotion(pose: FloorPose, lastTravelSeq: number): DesktopMotion {
  const p = { x: pose.x, z: pose.z, yaw: pose.yaw }
  return {
    pose: p,
    pitch: 0,
    walk: null,
    glide: null,
    lastTravelSeq,
    active: false,
    moved: false,
    activityChanged: false,
  }
}

export const createDesktopInput = (): DesktopInput => ({
  forward: 0,
  strafe: 0,
  turn: 0,
  running: false,
  travel: null,
  reduceMotion: false,
})

/** Mouse or drag look: turns freely, and tilts the view no further than a neck would. */
export function look(state: DesktopMotion, dYaw: number, dPitch: number): void {
  state.pose.yaw += dYaw
  state.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, state.pitch + dPitch))
}

/** A click on the floor: walk there round whatever is in the way. False when nowhere free is near the point. */
export function walkTo(state: DesktopMotion, point: Point2, world: MotionWorld): boolean {
  const target = resolve(point, BODY_RADIUS, world.obstacles)
  const route = isFree(target, BODY_RADIUS, world.obstacles)
    ? findPath(state.pose, target, BODY_RADIUS, world.obstacles, world.hall)
    : null
  if (!route) return false
  state.walk = { route, faceYaw: null, lookAhead: false }
  state.glide = null
  return true
}

const scratchPose: FloorPose = { x: 0, z: 0, yaw: 0 }

/**
 * One frame of screen navigation: a new travel request, then keys (which walk with collision and cancel any glide
 * or walk), else the glide, else the route walk. Writes into `state` and returns it.
 */
export function updateDesktopMotion(
  state: DesktopMotion,
  input: DesktopInput,
  rawDelta: number,
  world: MotionWorld,
): DesktopMotion {
  const delta = state.active ? Math.min(rawDelta, MAX_DELTA) : FIRST_STEP
  const { pose } = state
  const beforeX = pose.x
  const beforeZ = pose.z
  const beforeYaw = pose.yaw
  let active = false

  const request = takeTravel(state, input.travel)
  if (request) startTravel(state, request, world, input.reduceMotion)

  const { turn, forward, strafe } = input
  if (turn || forward || strafe) {
    state.walk = null
    state.glide = null
    pose.yaw += turn * TURN_SPEED * delta
    const speed = (input.running ? RUN_SPEED : WALK_SPEED) * delta
    const length = Math.hypot(forward, strafe) || 1
    const sin = Math.sin(pose.yaw)
    const cos = Math.cos(pose.yaw)
    // Forward is -z at yaw 0; right is +x.
    const dx = ((-sin * forward + cos * strafe) / length) * speed
    const dz = ((-cos * forward - sin * strafe) / length) * speed
    const next = moveWithCollision(pose, dx, dz, BODY_RADIUS, world.obstacles)
    pose.x = next.x
    pose.z = next.z
    active = true
  } else if (state.glide) {
    const glide = state.glide
    glide.t += delta / GLIDE_SECONDS
    glidePose(glide.from, glide.to, glide.t, scratchPose)
    Object.assign(pose, scratchPose)
    if (glide.t >= 1) state.glide = null
    active = true
  } else if (state.walk) {
    if (!stepWalk(pose, state.walk, WALK_SPEED * 1.5, delta, world.obstacles)) state.walk = null
    active = true
  }

  state.moved = pose.x !== beforeX || pose.z !== beforeZ || pose.yaw !== beforeYaw
  state.activityChanged = state.active !== active
  state.active = active
  return state
}
