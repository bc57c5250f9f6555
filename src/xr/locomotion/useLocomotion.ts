import { useFrame } from '@react-three/fiber'
import { type RefObject, useEffect, useMemo, useState } from 'react'
import { type Group, Matrix4, type Object3D } from 'three'
import type { Exhibition } from '../../content/schema'
import { createHeadPose, headPoseOf } from '../../motion/headPose'
import { createLocomotionUpdate, endAiming, type LocomotionInput, locomotionStatus } from '../../motion/locomotion'
import type { Rig } from '../../motion/rig'
import { motionWorldOf } from '../../motion/world'
import { writePose } from '../../state/livePose'
import { usePreferences } from '../../state/preferences'
import { useVisit } from '../../state/visitStore'
import { axisOf, inputSourceOf, STICK_X, STICK_Y, spaceMatrix } from '../../xrkit/xrInput'
import { useComfort } from '../comfort/comfortStore'
import { castTeleport } from './teleportAim'

/** The pointing pose of the aiming controller, in the hall: where the teleport ray starts. */
export const rayMatrix = new Matrix4()
const head = createHeadPose()

/** What the teleport ray cast needs of this XR frame. */
interface FrameContext {
  frame: XRFrame | null
  source: XRInputSource | null
  space: XRReferenceSpace | null
  scene: Object3D | null
}

/**
 * Headset movement for one session (as @pmndrs/xr's `useXRControllerLocomotion` wraps its update): reads the sticks
 * and the head each XR frame, runs the locomotion update, applies the play area to `origin`, writes the live pose.
 */
export function useLocomotion(origin: RefObject<Group | null>, rig: Rig, exhibition: Exhibition): void {
  const world = useMemo(() => motionWorldOf(exhibition), [exhibition])
  const update = useMemo(() => createLocomotionUpdate(world, useVisit.getState().travel?.seq ?? 0), [world])
  const [context] = useState<FrameContext>(() => ({ frame: null, source: null, space: null, scene: null }))
  const [input] = useState<LocomotionInput>(() => ({
    headX: 0,
    headZ: 0,
    headYaw: 0,
    turnX: 0,
    aimY: 0,
    aimer: false,
    moveX: 0,
    moveY: 0,
    comfort: useComfort.getState(),
    travel: null,
    reduceMotion: false,
    castAim: () => {
      const { frame, source, space, scene } = context
      const group = origin.current
      if (!frame || !source || !space || !scene || !group) return false
      if (!spaceMatrix(frame, source.targetRaySpace, space, group, rayMatrix)) return false
      castTeleport(rayMatrix, world, scene, rig.aim)
      return true
    },
  }))
  useEffect(() => () => endAiming(), [])

  useFrame((state, delta, frame?: XRFrame) => {
    const session = state.gl.xr.getSession()
    const space = state.gl.xr.getReferenceSpace()
    const group = origin.current
    if (!session || !space || !group || !frame) return
    const right = inputSourceOf(session, 'right')
    const left = inputSourceOf(session, 'left')
    context.frame = frame
    context.source = right
    context.space = space
    context.scene = state.scene
    headPoseOf(state.camera.matrixWorld, head)
    input.headX = head.x
    input.headZ = head.z
    input.headYaw = head.yaw
    input.turnX = axisOf(right, STICK_X)
    input.aimY = axisOf(right, STICK_Y)
    input.aimer = right !== null
    input.moveX = axisOf(left, STICK_X)
    input.moveY = axisOf(left, STICK_Y)
    input.comfort = useComfort.getState()
    input.travel = useVisit.getState().travel
    input.reduceMotion = usePreferences.getState().reduceMotion
    update(rig, input, delta)

    const at = locomotionStatus.origin
    group.position.set(at.x, at.y, at.z)
    group.rotation.set(0, at.yaw, 0)
    group.updateMatrixWorld()
    // The one pose source: the head as it stands once the play area has moved under it this frame.
    writePose(rig.head.x, rig.head.z, rig.head.yaw, head.pitch, head.height)
  })
}
