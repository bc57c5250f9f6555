import type { FloorPose } from '../state/floorPose'
import { createFade, type Fade } from './fade'
import type { OriginPose } from './headMove'

/**
 * The headset visitor's per-frame state, shared by the locomotion, pointing and vignette components of one session.
 * A plain object read and written in `useFrame`, never React state: it changes every frame.
 */
export interface Rig {
  /** Where the play area stands in the hall; applied to the XR origin every frame. */
  origin: OriginPose
  /** Where the visitor's head should be put once the headset reports its pose: the desktop pose on entering. */
  arrival: FloorPose | null
  /** The head on the floor plan once the last frame's move is done (the play area moved under it). */
  head: FloorPose
  /** True while the right stick aims a teleport. */
  aiming: boolean
  /** Where the teleport ray lands, filled by the ray cast while aiming; `valid` when it is walkable floor. */
  aim: TeleportAim
  /** 0..1: how fast the visitor glides or turns smoothly, which the comfort vignette follows. */
  motion: number
  /** XR frames since the session started. */
  frames: number
  /** The frame of the last teleport or jump: panels placed in front of the head wait for the head to arrive. */
  movedAtFrame: number
  /** A move to a tour stop or a chosen exhibit, through black (unless the visitor reduces motion). */
  fade: Fade
}

export interface TeleportAim {
  valid: boolean
  x: number
  z: number
  /** Length of the ray to what it hit, metres. */
  distance: number
}

export function createRig(arrival: FloorPose): Rig {
  return {
    origin: { x: arrival.x, z: arrival.z, yaw: arrival.yaw },
    arrival,
    head: { x: arrival.x, z: arrival.z, yaw: arrival.yaw },
    aiming: false,
    aim: { valid: false, x: 0, z: 0, distance: 0 },
    motion: 0,
    frames: 0,
    movedAtFrame: 0,
    fade: createFade(),
  }
}
