import { useFrame, useThree } from '@react-three/fiber'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { Exhibition } from '../content/schema'
import { diagnostics } from '../diagnostics/diagnostics'
import type { FloorPose } from '../state/floorPose'
import { usePose } from '../state/poseStore'
import { usePreferences } from '../state/preferences'
import { useSessionMode } from '../state/sessionMode'
import { useVisit } from '../state/visitStore'
import { BODY_RADIUS, isFree, moveWithCollision, resolve } from '../world/collision'
import { obstaclesOf } from '../world/geometry'
import { findPath } from '../world/pathfinding'
import { EYE_HEIGHT } from '../world/standDimensions'
import { exhibitInView } from './gaze'
import { useMoveInput } from './moveInput'
import { type Pick, pickAt } from './pick'
import { stepWalk, type Walk } from './routeWalk'
import { glidePose } from './travel'
import { useKeyboardMoves } from './useKeyboardMoves'
import { type PointerLookHandlers, usePointerLook } from './usePointerLook'

/** Walking speed of an unhurried visitor, and with Shift held, m/s. */
const WALK_SPEED = 1.4
const RUN_SPEED = 2.8
/** Keyboard turning speed, radians per second. */
const TURN_SPEED = 1.6
/** How long a jump to an exhibit glides, seconds (instant when the visitor asks for reduced motion). */
const GLIDE_SECONDS = 0.7
const MAX_PITCH = (80 * Math.PI) / 180
/** Longest time step one frame may move by: slow (software-rendered) frames still walk at the right speed. */
const MAX_DELTA = 0.25
/** Frames are drawn on demand, so the first frame of a movement follows an idle gap of any length: step it as one frame. */
const FIRST_STEP = 1 / 60

interface Motion {
  pose: FloorPose
  pitch: number
  /** Walking to a clicked floor point. */
  walk: Walk | null
  glide: { from: FloorPose; to: FloorPose; t: number } | null
  lastTravelSeq: number
  hoveredId: string | null
  /** Whether the previous frame moved the visitor; if not, this frame's delta spans an idle gap. */
  wasActive: boolean
}

const scratchPose: FloorPose = { x: 0, z: 0, yaw: 0 }

/** The visitor's own choice, which starts from the system's setting (see preferences.ts). */
const prefersReducedMotion = () => usePreferences.getState().reduceMotion

/**
 * Desktop and touch navigation: keys walk with collision, drag or mouse look turns, a click on the floor walks there,
 * a click on a stand opens it. The pose lives in a ref and the camera, never in React state, as it changes per frame.
 */
export function DesktopControls({ exhibition, initialPose }: { exhibition: Exhibition; initialPose: FloorPose }) {
  const camera = useThree((state) => state.camera)
  const scene = useThree((state) => state.scene)
  const element = useThree((state) => state.gl.domElement)
  const invalidate = useThree((state) => state.invalidate)
  const obstacles = useMemo(() => obstaclesOf(exhibition.hall, exhibition.exhibits), [exhibition])
  const motion = useRef<Motion>({
    pose: { ...initialPose },
    pitch: 0,
    walk: null,
    glide: null,
    lastTravelSeq: useVisit.getState().travel?.seq ?? 0,
    hoveredId: null,
    wasActive: false,
  })

  const refocus = useCallback(() => {
    const m = motion.current
    const gazed = exhibitInView(m.pose, exhibition.exhibits)
    useVisit.getState().setFocused(m.hoveredId ?? gazed?.id ?? null)
  }, [exhibition])

  const act = useCallback(
    (pick: Pick) => {
      if (pick.kind === 'exhibit') {
        useVisit.getState().openExhibit(pick.id)
        if (document.pointerLockElement) document.exitPointerLock()
      } else if (pick.kind === 'floor') {
        const target = resolve({ x: pick.x, z: pick.z }, BODY_RADIUS, obstacles)
        const route = isFree(target, BODY_RADIUS, obstacles)
          ? findPath(motion.current.pose, target, BODY_RADIUS, obstacles, exhibition.hall)
          : null
        if (route) {
          motion.current.walk = { route, faceYaw: null, lookAhead: false }
          motion.current.glide = null
          diagnostics().moving = true
        }
      }
      invalidate()
    },
    [obstacles, invalidate, exhibition],
  )

  const handlers = useMemo<PointerLookHandlers>(
    () => ({
      look: (dYaw, dPitch) => {
        const m = motion.current
        m.pose.yaw += dYaw
        m.pitch = Math.max(-MAX_PITCH, Math.min(MAX_PITCH, m.pitch + dPitch))
        invalidate()
      },
      click: (x, y) => act(pickAt(x, y, camera, scene)),
      hover: (x, y) => {
        const pick = pickAt(x, y, camera, scene)
        const id = pick.kind === 'exhibit' ? pick.id : null
        element.style.cursor = pick.kind === 'nothing' ? 'default' : 'pointer'
        if (id !== motion.current.hoveredId) {
          motion.current.hoveredId = id
          refocus()
        }
      },
    }),
    [act, camera, scene, element, invalidate, refocus],
  )
  usePointerLook(element, handlers)

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
        diagnostics().moving = true
        invalidate()
      }),
    [invalidate],
  )
  useEffect(
    () =>
      useMoveInput.subscribe((state) => {
        if (state.held.size > 0) diagnostics().moving = true
        invalidate()
      }),
    [invalidate],
  )

  useEffect(() => {
    camera.rotation.order = 'YXZ'
    usePose.getState().publish(motion.current.pose, true)
    refocus()
    invalidate()
  }, [camera, refocus, invalidate])

  useFrame((_, rawDelta) => {
    // In a headset the head moves the camera; the XR code hands the pose back (a 'place' request) on leaving.
    if (useSessionMode.getState().immersive) return
    const m = motion.current
    const delta = m.wasActive ? Math.min(rawDelta, MAX_DELTA) : FIRST_STEP
    const { held, running } = useMoveInput.getState()
    const travel = useVisit.getState().travel
    let active = false
    const before = { x: m.pose.x, z: m.pose.z, yaw: m.pose.yaw }

    if (travel && travel.seq !== m.lastTravelSeq) {
      m.lastTravelSeq = travel.seq
      m.walk = null
      m.pitch = 0
      if (travel.mode === 'jump' && !prefersReducedMotion())
        m.glide = { from: { ...m.pose }, to: { ...travel.pose }, t: 0 }
      else if (travel.mode !== 'walk' || prefersReducedMotion()) Object.assign(m.pose, travel.pose)
      else {
        const route = findPath(m.pose, travel.pose, BODY_RADIUS, obstacles, exhibition.hall)
        // Somewhere no route reaches (a closed room): glide there rather than not go at all.
        if (route) m.walk = { route, faceYaw: travel.pose.yaw, lookAhead: true }
        else m.glide = { from: { ...m.pose }, to: { ...travel.pose }, t: 0 }
      }
    }

    const turn = (held.has('turnLeft') ? 1 : 0) - (held.has('turnRight') ? 1 : 0)
    const forward = (held.has('forward') ? 1 : 0) - (held.has('back') ? 1 : 0)
    const strafe = (held.has('right') ? 1 : 0) - (held.has('left') ? 1 : 0)
    if (turn || forward || strafe) {
      m.walk = null
      m.glide = null
      m.pose.yaw += turn * TURN_SPEED * delta
      const speed = (running ? RUN_SPEED : WALK_SPEED) * delta
      const length = Math.hypot(forward, strafe) || 1
      const sin = Math.sin(m.pose.yaw)
      const cos = Math.cos(m.pose.yaw)
      // Forward is -z at yaw 0; right is +x.
      const dx = ((-sin * forward + cos * strafe) / length) * speed
      const dz = ((-cos * forward - sin * strafe) / length) * speed
      Object.assign(m.pose, moveWithCollision(m.pose, dx, dz, BODY_RADIUS, obstacles))
      active = true
    } else if (m.glide) {
      m.glide.t += delta / GLIDE_SECONDS
      glidePose(m.glide.from, m.glide.to, m.glide.t, scratchPose)
      Object.assign(m.pose, scratchPose)
      if (m.glide.t >= 1) m.glide = null
      active = true
    } else if (m.walk) {
      if (!stepWalk(m.pose, m.walk, WALK_SPEED * 1.5, delta, obstacles)) m.walk = null
      active = true
    }

    camera.position.set(m.pose.x, EYE_HEIGHT, m.pose.z)
    camera.rotation.set(m.pitch, m.pose.yaw, 0)
    const moved = m.pose.x !== before.x || m.pose.z !== before.z || m.pose.yaw !== before.yaw
    if (moved) refocus()
    if (moved || m.wasActive !== active) usePose.getState().publish(m.pose, !active)
    m.wasActive = active
    diagnostics().moving = active
    if (active) invalidate()
  })

  return null
}
