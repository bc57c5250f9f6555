import { useFrame, useThree } from '@react-three/fiber'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Exhibition } from '../content/schema'
import { createDesktopInput, createDesktopMotion, updateDesktopMotion } from '../motion/desktopMotion'
import { motionWorldOf } from '../motion/world'
import type { FloorPose } from '../state/floorPose'
import { setMoving, writePose } from '../state/livePose'
import { usePose } from '../state/poseStore'
import { usePreferences } from '../state/preferences'
import { useSessionMode } from '../state/sessionMode'
import { useVisit } from '../state/visitStore'
import { EYE_HEIGHT } from '../world/standDimensions'
import { exhibitInView } from './gaze'
import { type Move, useMoveInput } from './moveInput'
import { type Hover, useDesktopPointer } from './useDesktopPointer'
import { useKeyboardMoves } from './useKeyboardMoves'

const axis = (held: ReadonlySet<Move>, plus: Move, minus: Move) => (held.has(plus) ? 1 : 0) - (held.has(minus) ? 1 : 0)

/**
 * Desktop and touch navigation: keys walk with collision, drag or mouse look turns, a click on the floor walks there,
 * a click on a stand opens it. The movement itself is `updateDesktopMotion`; this wires input to it and its result to
 * the camera and the live pose. The pose changes per frame, so it lives in a ref and the camera, never in React state.
 */
export function DesktopControls({ exhibition, initialPose }: { exhibition: Exhibition; initialPose: FloorPose }) {
  const camera = useThree((state) => state.camera)
  const invalidate = useThree((state) => state.invalidate)
  const world = useMemo(() => motionWorldOf(exhibition), [exhibition])
  const motion = useRef(createDesktopMotion(initialPose, useVisit.getState().travel?.seq ?? 0))
  const [input] = useState(createDesktopInput)
  const [hover] = useState<Hover>(() => ({ id: null }))

  const refocus = useCallback(() => {
    const gazed = exhibitInView(motion.current.pose, exhibition.exhibits)
    useVisit.getState().setFocused(hover.id ?? gazed?.id ?? null)
  }, [exhibition, hover])
  useDesktopPointer(motion, world, hover, refocus)

  const openFocused = useCallback(() => {
    const { focusedExhibitId, openExhibit } = useVisit.getState()
    if (focusedExhibitId) openExhibit(focusedExhibitId)
  }, [])
  useKeyboardMoves(invalidate, openFocused)

  // A travel request (the exhibit list, a deep link) or a held button wakes the frame loop, which carries it out.
  // Motion counts as under way from the request on, not from the next frame, which may be a while on slow devices.
  useEffect(
    () =>
      useVisit.subscribe((state, previous) => {
        if (state.travel === previous.travel) return
        setMoving(true)
        invalidate()
      }),
    [invalidate],
  )
  useEffect(
    () =>
      useMoveInput.subscribe((state) => {
        if (state.held.size > 0) setMoving(true)
        invalidate()
      }),
    [invalidate],
  )

  useEffect(() => {
    const { pose, pitch } = motion.current
    camera.rotation.order = 'YXZ'
    writePose(pose.x, pose.z, pose.yaw, pitch, EYE_HEIGHT)
    usePose.getState().publish(pose, true)
    refocus()
    invalidate()
  }, [camera, refocus, invalidate])

  useFrame((_, rawDelta) => {
    // In a headset the head moves the camera; the XR code hands the pose back (a 'place' request) on leaving.
    if (useSessionMode.getState().immersive) return
    const { held, running } = useMoveInput.getState()
    input.forward = axis(held, 'forward', 'back')
    input.strafe = axis(held, 'right', 'left')
    input.turn = axis(held, 'turnLeft', 'turnRight')
    input.running = running
    input.travel = useVisit.getState().travel
    // The visitor's own choice, which starts from the system's setting (see preferences.ts).
    input.reduceMotion = usePreferences.getState().reduceMotion
    const m = updateDesktopMotion(motion.current, input, rawDelta, world)
    const { pose } = m
    camera.position.set(pose.x, EYE_HEIGHT, pose.z)
    camera.rotation.set(m.pitch, pose.yaw, 0)
    writePose(pose.x, pose.z, pose.yaw, m.pitch, EYE_HEIGHT)
    if (m.moved) refocus()
    if (m.moved || m.activityChanged) usePose.getState().publish(pose, !m.active)
    setMoving(m.active)
    if (m.active) invalidate()
  })

  return null
}
