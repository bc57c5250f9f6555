import { useFrame } from '@react-three/fiber'
import { type RefObject, useEffect, useMemo, useRef } from 'react'
import {
  type Group,
  type Intersection,
  Matrix4,
  type Mesh,
  type MeshBasicMaterial,
  type Object3D,
  Raycaster,
  Vector3,
} from 'three'
import type { Exhibition } from '../../content/schema'
import { angleDelta } from '../../desktop/travel'
import { diagnostics } from '../../diagnostics/diagnostics'
import { usePreferences } from '../../state/preferences'
import { useVisit } from '../../state/visitStore'
import { BODY_RADIUS, moveWithCollision } from '../../world/collision'
import { obstaclesOf } from '../../world/geometry'
import { PICK_LAYER, pickTargetOf } from '../../world/pickLayer'
import { axisOf, inputSourceOf, STICK_X, STICK_Y, spaceMatrix } from '../../xrkit/xrInput'
import { useComfort } from '../comfort/comfortStore'
import { advanceFade, startFade } from './fade'
import { moveHead, yawOfForward } from './headMove'
import type { Rig } from './rig'
import { teleportLanding } from './teleport'
import { DEAD_ZONE, smoothTurn, snapTurn } from './turning'

/** Stick walking speed, m/s: an unhurried walk, as on the desktop. */
const GLIDE_SPEED = 1.4
/** Smooth turning at full tilt, radians per second. */
const TURN_SPEED = 1.6
/** Seated visitors' eyes are about this much lower than a standing adult's: the play area is raised by it. */
const SEATED_RAISE = 0.45
/** The stick pushed this far forward starts aiming a teleport; back inside RELEASE, it jumps. */
const AIM = -0.6
const RELEASE = -0.2
const MAX_AIM = 12

const rayMatrix = new Matrix4()
const rayOrigin = new Vector3()
const rayDirection = new Vector3()
const raycaster = new Raycaster()
raycaster.layers.set(PICK_LAYER)
raycaster.far = MAX_AIM
const hits: Intersection[] = []
const aim = { valid: false, x: 0, z: 0, distance: 0 }
const head = { x: 0, z: 0 }

/** Casts the teleport ray; fills `aim` with the landing point and whether it is walkable floor. */
function castTeleport(exhibition: Exhibition, obstacles: ReturnType<typeof obstaclesOf>, scene: Object3D): void {
  rayOrigin.setFromMatrixPosition(rayMatrix)
  rayDirection.set(-rayMatrix.elements[8], -rayMatrix.elements[9], -rayMatrix.elements[10]).normalize()
  raycaster.set(rayOrigin, rayDirection)
  hits.length = 0
  raycaster.intersectObject(scene, true, hits)
  const hit = hits[0]
  aim.valid = false
  aim.distance = hit ? hit.distance : MAX_AIM
  if (!hit || pickTargetOf(hit.object)?.kind !== 'floor') return
  const landing = teleportLanding(hit.point, obstacles, exhibition.hall)
  if (!landing) {
    aim.x = hit.point.x
    aim.z = hit.point.z
    return
  }
  aim.valid = true
  aim.x = landing.x
  aim.z = landing.z
}

interface LocomotionProps {
  origin: RefObject<Group | null>
  rig: Rig
  exhibition: Exhibition
}

/**
 * Right stick: aim forward and release to teleport; left and right to snap (or smoothly) turn. Left stick: walk
 * smoothly, when the visitor has chosen to. Walls and stands stop the visitor exactly as on the desktop.
 */
export function Locomotion({ origin, rig, exhibition }: LocomotionProps) {
  const obstacles = useMemo(() => obstaclesOf(exhibition.hall, exhibition.exhibits), [exhibition])
  const snap = useRef({ armed: true })
  const lastTravel = useRef(useVisit.getState().travel?.seq ?? 0)
  const ray = useRef<Mesh>(null)
  const marker = useRef<Mesh>(null)

  // A session can end mid-aim (the headset taken off): no teleport is being aimed once this is gone.
  useEffect(
    () => () => {
      const { teleport } = diagnostics().xr
      teleport.aiming = false
      teleport.valid = false
    },
    [],
  )

  useFrame((state, rawDelta, frame?: XRFrame) => {
    const session = state.gl.xr.getSession()
    const referenceSpace = state.gl.xr.getReferenceSpace()
    const group = origin.current
    if (!session || !referenceSpace || !group || !frame) return
    rig.frames += 1
    const delta = Math.min(rawDelta, 0.1)
    const comfort = useComfort.getState()
    const m = state.camera.matrixWorld.elements
    head.x = m[12] ?? 0
    head.z = m[14] ?? 0
    const headYaw = yawOfForward(-(m[8] ?? 0), -(m[10] ?? 0))

    // Entering: once the headset's pose is known, put the head where the desktop visitor stood, facing the same way.
    if (rig.arrival && rig.frames > 2) {
      const { x, z, yaw } = rig.arrival
      moveHead(rig.origin, head.x, head.z, x - head.x, z - head.z, angleDelta(headYaw, yaw), rig.origin)
      head.x = x
      head.z = z
      rig.arrival = null
      rig.movedAtFrame = rig.frames
    }
    // A jump to a tour stop or to an exhibit chosen in the menu: through black, or at once for reduced motion.
    const travel = useVisit.getState().travel
    if (travel && travel.seq !== lastTravel.current) {
      lastTravel.current = travel.seq
      if (travel.mode === 'place' || usePreferences.getState().reduceMotion) {
        if (!rig.arrival) rig.arrival = travel.pose
        diagnostics().xr.lastJump = 'cut'
      } else {
        startFade(rig.fade, travel.pose)
        diagnostics().xr.lastJump = 'fade'
      }
    }
    const faded = advanceFade(rig.fade, delta)
    if (faded && !rig.arrival) rig.arrival = faded

    const right = inputSourceOf(session, 'right')
    const left = inputSourceOf(session, 'left')
    const turnX = axisOf(right, STICK_X)
    const dYaw =
      comfort.turn === 'snap'
        ? snapTurn(snap.current, turnX, comfort.snapDegrees)
        : smoothTurn(turnX, delta, TURN_SPEED)
    let motion = comfort.turn === 'smooth' ? Math.min(1, Math.abs(dYaw) / (TURN_SPEED * delta || 1)) : 0

    const stickY = axisOf(right, STICK_Y)
    if (right && stickY < AIM) rig.aiming = true
    if (rig.aiming) {
      const tracked = right && spaceMatrix(frame, right.targetRaySpace, referenceSpace, group, rayMatrix)
      if (tracked) castTeleport(exhibition, obstacles, state.scene)
      if (!right || stickY > RELEASE) {
        rig.aiming = false
        if (tracked && aim.valid) {
          moveHead(rig.origin, head.x, head.z, aim.x - head.x, aim.z - head.z, 0, rig.origin)
          head.x = aim.x
          head.z = aim.z
          rig.movedAtFrame = rig.frames
        }
      }
    }

    const moveX = axisOf(left, STICK_X)
    const moveY = axisOf(left, STICK_Y)
    const tilt = Math.hypot(moveX, moveY)
    if (comfort.smoothMove && tilt > DEAD_ZONE) {
      const sin = Math.sin(headYaw)
      const cos = Math.cos(headYaw)
      const step = (GLIDE_SPEED * delta * Math.min(1, tilt)) / tilt
      // Stick forward is -y; forward is -z at yaw 0 and right is +x.
      const dx = (sin * moveY + cos * moveX) * step
      const dz = (cos * moveY - sin * moveX) * step
      const next = moveWithCollision(head, dx, dz, BODY_RADIUS, obstacles)
      moveHead(rig.origin, head.x, head.z, next.x - head.x, next.z - head.z, 0, rig.origin)
      head.x = next.x
      head.z = next.z
      motion = Math.max(motion, Math.min(1, tilt))
    }
    if (dYaw !== 0) moveHead(rig.origin, head.x, head.z, 0, 0, dYaw, rig.origin)
    rig.motion = motion

    group.position.set(rig.origin.x, comfort.seated ? SEATED_RAISE : 0, rig.origin.z)
    group.rotation.set(0, rig.origin.yaw, 0)
    group.updateMatrixWorld()

    const report = diagnostics().xr
    report.origin.x = group.position.x
    report.origin.y = group.position.y
    report.origin.z = group.position.z
    report.origin.yaw = rig.origin.yaw
    report.teleport.aiming = rig.aiming
    report.teleport.valid = rig.aiming && aim.valid
    showAim(ray.current, marker.current, rig.aiming)
  })

  return (
    <>
      <mesh ref={ray} matrixAutoUpdate={false} visible={false} name="teleport-ray">
        <boxGeometry args={[0.008, 0.008, 1]} />
        <meshBasicMaterial color="#3cc5e0" toneMapped={false} />
      </mesh>
      <mesh ref={marker} rotation-x={-Math.PI / 2} visible={false} name="teleport-marker">
        <ringGeometry args={[0.22, 0.3, 32]} />
        <meshBasicMaterial color="#3cc5e0" toneMapped={false} />
      </mesh>
    </>
  )
}

const scale = new Matrix4()
const VALID = 0x3cc5e0
const INVALID = 0xd6453d

/** The aiming ray (blue to a walkable landing, red otherwise) and the landing ring. */
function showAim(ray: Mesh | null, marker: Mesh | null, aiming: boolean): void {
  if (!ray || !marker) return
  ray.visible = aiming
  marker.visible = aiming
  if (!aiming) return
  const color = aim.valid ? VALID : INVALID
  ;(ray.material as MeshBasicMaterial).color.setHex(color)
  ;(marker.material as MeshBasicMaterial).color.setHex(color)
  // A unit box along -z, stretched to the hit and centred on its half-way point.
  scale.makeScale(1, 1, aim.distance).setPosition(0, 0, -aim.distance / 2)
  ray.matrix.multiplyMatrices(rayMatrix, scale)
  ray.matrixWorldNeedsUpdate = true
  marker.position.set(aim.x, 0.01, aim.z)
}
