import type { FloorPose } from '../state/floorPose'
import type { TravelRequest } from '../state/visitStore'
import { BODY_RADIUS } from '../world/collision'
import { findPath } from '../world/pathfinding'
import type { Walk } from './routeWalk'
import type { MotionWorld } from './world'

/**
 * How a request is carried out: at once ('cut'), smoothly (a glide on a screen, a fade through black in a headset),
 * or walking the route round walls. Reduced motion and a 'place' (handing the pose over between views) always cut.
 */
export type TravelStyle = 'cut' | 'glide' | 'walk'

export function travelStyle(request: TravelRequest, reduceMotion: boolean): TravelStyle {
  if (reduceMotion || request.mode === 'place') return 'cut'
  return request.mode === 'walk' ? 'walk' : 'glide'
}

/** Remembers the last request carried out, so each is carried out once however many frames see it. */
export interface TravelCursor {
  lastTravelSeq: number
}

/** The request not carried out yet, once: null when there is none, or when it is the one already taken. */
export function takeTravel(cursor: TravelCursor, request: TravelRequest | null): TravelRequest | null {
  if (!request || request.seq === cursor.lastTravelSeq) return null
  cursor.lastTravelSeq = request.seq
  return request
}

export interface Glide {
  from: FloorPose
  to: FloorPose
  /** Progress, 0..1. */
  t: number
}

/** The part of a moving visitor a travel request changes. */
export interface TravelState {
  pose: FloorPose
  pitch: number
  walk: Walk | null
  glide: Glide | null
}

/** Starts carrying out a request on a screen: a cut moves the pose now, a glide or a walk over the next frames. */
export function startTravel(
  state: TravelState,
  request: TravelRequest,
  world: MotionWorld,
  reduceMotion: boolean,
): void {
  state.walk = null
  state.glide = null
  state.pitch = 0
  const style = travelStyle(request, reduceMotion)
  if (style === 'cut') {
    Object.assign(state.pose, request.pose)
    return
  }
  const route = style === 'walk' ? findPath(state.pose, request.pose, BODY_RADIUS, world.obstacles, world.hall) : null
  // Somewhere no route reaches (a closed room): glide there rather than not go at all.
  if (route) state.walk = { route, faceYaw: request.pose.yaw, lookAhead: true }
  else state.glide = { from: { ...state.pose }, to: { ...request.pose }, t: 0 }
}
