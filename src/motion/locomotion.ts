import type { TravelRequest } from '../state/visitStore'
import { BODY_RADIUS, moveWithCollision } from '../world/collision'
import { advanceFade, startFade } from './fade'
import { angleDelta } from './glide'
import { moveHead } from './headMove'
import type { Rig } from './rig'
import { takeTravel, travelStyle } from './travel'
import { DEAD_ZONE, smoothTurn, snapTurn } from './turning'
import type { MotionWorld } from './world'

/** Stick walking speed, m/s: an unhurried walk, as on the desktop. */
const GLIDE_SPEED = 1.4
/** Smooth turning at full tilt, radians per second. */
export const TURN_SPEED = 1.6
/** Seated visitors' eyes are about this much lower than a standing adult's: the play area is raised by it. */
export const SEATED_RAISE = 0.45
/** The stick pushed this far forward starts aiming a teleport; back inside RELEASE, it jumps. */
const AIM = -0.6
const RELEASE = -0.2
/** Longest time step one frame may move by. */
const MAX_DELTA = 0.1

/** The comfort choices locomotion follows (the headset's comfort settings). */
export interface LocomotionComfort {
  turn: 'snap' | 'smooth'
  snapDegrees: number
  smoothMove: boolean
  seated: boolean
}

/** One XR frame's input. Sticks are -1..1, forward is -y; a missing controller reads 0. */
export interface LocomotionInput {
  /** The head on the floor plan, from the head pose. */
  headX: number
  headZ: number
  headYaw: number
  /** Right stick: x turns, y aims a teleport. */
  turnX: number
  aimY: number
  /** Whether the right controller is there at all: without it no teleport can be aimed. */
  aimer: boolean
  /** Left stick: walks, when the visitor has chosen smooth moving. */
  moveX: number
  moveY: number
  comfort: LocomotionComfort
  travel: TravelRequest | null
  reduceMotion: boolean
  /** Casts the teleport ray into `rig.aim`; false when the aiming controller is not tracked this frame. */
  castAim: () => boolean
}

/** What the headset's movement shows the outside (the test report reads it). */
export interface LocomotionStatus {
  teleport: { aiming: boolean; valid: boolean }
  /** How the last move to a tour stop or a chosen exhibit happened. */
  lastJump: 'fade' | 'cut' | null
  /** The play area's floor centre (y raised for seated visitors) and yaw, as applied to the XR origin. */
  origin: { x: number; y: number; z: number; yaw: number }
}

export const createLocomotionStatus = (): LocomotionStatus => ({
  teleport: { aiming: false, valid: false },
  lastJump: null,
  origin: { x: 0, y: 0, z: 0, yaw: 0 },
})

/** The one status of the one headset session there can be. */
export const locomotionStatus: LocomotionStatus = createLocomotionStatus()

/** A session can end mid-aim (the headset taken off): no teleport is being aimed once it is gone. */
export function endAiming(status: LocomotionStatus = locomotionStatus): void {
  status.teleport.aiming = false
  status.teleport.valid = false
}

export type LocomotionUpdate = (rig: Rig, input: LocomotionInput, delta: number) => void

/**
 * Headset movement, in the shape of @pmndrs/xr's `createXRControllerLocomotionUpdate`: a factory holding what lasts
 * between frames, returning the per-frame update. The update moves `rig.origin` (the play area) so that the head
 * arrives, teleports, turns and walks; walls and stands stop the visitor exactly as on the desktop.
 */
export function createLocomotionUpdate(
  world: MotionWorld,
  lastTravelSeq: number,
  status: LocomotionStatus = locomotionStatus,
): LocomotionUpdate {
  const cursor = { lastTravelSeq }
  const snap = { armed: true }
  const head = { x: 0, z: 0, yaw: 0 }
  const moveTo = (rig: Rig, x: number, z: number, dYaw: number) => {
    moveHead(rig.origin, head.x, head.z, x - head.x, z - head.z, dYaw, rig.origin)
    head.x = x
    head.z = z
    head.yaw += dYaw
  }

  return (rig, input, rawDelta) => {
    rig.frames += 1
    const delta = Math.min(rawDelta, MAX_DELTA)
    const { comfort } = input
    head.x = input.headX
    head.z = input.headZ
    head.yaw = input.headYaw

    // Entering: once the headset's pose is known, put the head where the desktop visitor stood, facing the same way.
    if (rig.arrival && rig.frames > 2) {
      const { x, z, yaw } = rig.arrival
      moveTo(rig, x, z, angleDelta(input.headYaw, yaw))
      rig.arrival = null
      rig.movedAtFrame = rig.frames
    }
    // A jump to a tour stop or to an exhibit chosen in the menu: through black, or at once for reduced motion.
    const request = takeTravel(cursor, input.travel)
    if (request && travelStyle(request, input.reduceMotion) === 'cut') {
      if (!rig.arrival) rig.arrival = request.pose
      status.lastJump = 'cut'
    } else if (request) {
      startFade(rig.fade, request.pose)
      status.lastJump = 'fade'
    }
    const faded = advanceFade(rig.fade, delta)
    if (faded && !rig.arrival) rig.arrival = faded

    const dYaw =
      comfort.turn === 'snap'
        ? snapTurn(snap, input.turnX, comfort.snapDegrees)
        : smoothTurn(input.turnX, delta, TURN_SPEED)
    let motion = comfort.turn === 'smooth' ? Math.min(1, Math.abs(dYaw) / (TURN_SPEED * delta || 1)) : 0

    if (input.aimer && input.aimY < AIM) rig.aiming = true
    if (rig.aiming) {
      const tracked = input.aimer && input.castAim()
      if (!input.aimer || input.aimY > RELEASE) {
        rig.aiming = false
        if (tracked && rig.aim.valid) {
          moveTo(rig, rig.aim.x, rig.aim.z, 0)
          rig.movedAtFrame = rig.frames
        }
      }
    }

    const { moveX, moveY } = input
    const tilt = Math.hypot(moveX, moveY)
    if (comfort.smoothMove && tilt > DEAD_ZONE) {
      const sin = Math.sin(input.headYaw)
      const cos = Math.cos(input.headYaw)
      const step = (GLIDE_SPEED * delta * Math.min(1, tilt)) / tilt
      // Stick forward is -y; forward is -z at yaw 0 and right is +x.
      const next = moveWithCollision(
        head,
        (sin * moveY + cos * moveX) * step,
        (cos * moveY - sin * moveX) * step,
        BODY_RADIUS,
        world.obstacles,
      )
      moveTo(rig, next.x, next.z, 0)
      motion = Math.max(motion, Math.min(1, tilt))
    }
    if (dYaw !== 0) moveTo(rig, head.x, head.z, dYaw)
    rig.motion = motion
    rig.head.x = head.x
    rig.head.z = head.z
    rig.head.yaw = head.yaw

    status.origin.x = rig.origin.x
    status.origin.y = comfort.seated ? SEATED_RAISE : 0
    status.origin.z = rig.origin.z
    status.origin.yaw = rig.origin.yaw
    status.teleport.aiming = rig.aiming
    status.teleport.valid = rig.aiming && rig.aim.valid
  }
}
