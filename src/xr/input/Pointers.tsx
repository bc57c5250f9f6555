import { useFrame } from '@react-three/fiber'
import { type RefObject, useEffect, useRef } from 'react'
import { type Group, type Intersection, Matrix4, type Mesh, type Object3D, Raycaster, Vector3 } from 'three'
import type { Rig } from '../../motion/rig'
import { useVisit } from '../../state/visitStore'
import { PICK_LAYER, pickTargetOf } from '../../world/pickLayer'
import { tick } from '../../xrkit/haptics'
import { UI_LAYER, uiTargetOf } from '../../xrkit/uiTarget'
import { useVRUi } from '../../xrkit/vrUiStore'
import { inputSourceOf, spaceMatrix } from '../../xrkit/xrInput'

const MAX_RAY = 8
const HANDS: readonly XRHandedness[] = ['left', 'right']

const pose = new Matrix4()
const stretch = new Matrix4()
const origin = new Vector3()
const direction = new Vector3()
const raycaster = new Raycaster()
raycaster.layers.set(PICK_LAYER)
raycaster.layers.enable(UI_LAYER)
raycaster.far = MAX_RAY
const hits: Intersection[] = []

/** What one hand's ray rests on. */
interface Aim {
  button: string | null
  press: (() => void) | null
  exhibit: string | null
}

/** Finds the nearest interface button, exhibit stand, wall or floor along the ray; fills `aim`, returns the distance. */
function cast(scene: Object3D, aim: Aim): number {
  origin.setFromMatrixPosition(pose)
  direction.set(-pose.elements[8], -pose.elements[9], -pose.elements[10]).normalize()
  raycaster.set(origin, direction)
  hits.length = 0
  raycaster.intersectObject(scene, true, hits)
  aim.button = null
  aim.press = null
  aim.exhibit = null
  const hit = hits[0]
  if (!hit) return MAX_RAY
  const ui = uiTargetOf(hit.object)
  if (ui?.kind === 'button') {
    aim.button = ui.id
    aim.press = ui.press
  }
  const world = pickTargetOf(hit.object)
  if (world?.kind === 'stands' && hit.instanceId !== undefined) aim.exhibit = world.exhibitIds[hit.instanceId] ?? null
  return hit.distance
}

/**
 * A pointing ray from each controller or tracked hand. What it rests on is highlighted (with a haptic tick on
 * controllers); the trigger, or a pinch, presses a button or opens an exhibit.
 */
interface PointersProps {
  session: XRSession
  origin: RefObject<Group | null>
  rig: Rig
}

export function Pointers({ session, origin: play, rig }: PointersProps) {
  const rays = useRef<Record<XRHandedness, Mesh | null>>({ left: null, right: null, none: null })
  const aims = useRef<Record<XRHandedness, Aim>>({
    left: { button: null, press: null, exhibit: null },
    right: { button: null, press: null, exhibit: null },
    none: { button: null, press: null, exhibit: null },
  })

  useFrame((state, _delta, frame?: XRFrame) => {
    const referenceSpace = state.gl.xr.getReferenceSpace()
    const group = play.current
    if (!referenceSpace || !group || !frame) return
    let button: string | null = null
    let exhibit: string | null = null
    for (const handedness of HANDS) {
      const ray = rays.current[handedness]
      const aim = aims.current[handedness]
      const source = inputSourceOf(session, handedness) ?? inputSourceOf(session, handedness, true)
      const tracked = source && spaceMatrix(frame, source.targetRaySpace, referenceSpace, group, pose)
      // The right ray is the teleport ray while a teleport is aimed.
      const shown = Boolean(tracked) && !(handedness === 'right' && rig.aiming)
      if (ray) ray.visible = shown
      if (!source || !shown) {
        aim.button = aim.press = aim.exhibit = null
        continue
      }
      const before = aim.button ?? aim.exhibit
      const distance = cast(state.scene, aim)
      if ((aim.button ?? aim.exhibit) && (aim.button ?? aim.exhibit) !== before) tick(source)
      button ??= aim.button
      exhibit ??= aim.exhibit
      if (ray) {
        stretch.makeScale(1, 1, distance).setPosition(0, 0, -distance / 2)
        ray.matrix.multiplyMatrices(pose, stretch)
        ray.matrixWorldNeedsUpdate = true
      }
    }
    useVRUi.getState().setHovered(button, exhibit)
  })

  // `select` fires for a trigger pull on a controller and a pinch of a tracked hand alike, on release.
  useEffect(() => {
    const onSelect = (event: XRInputSourceEvent) => {
      const aim = aims.current[event.inputSource.handedness]
      if (aim.press) aim.press()
      else if (aim.exhibit) {
        useVRUi.getState().setMenuOpen(false)
        useVisit.getState().openExhibit(aim.exhibit)
      }
    }
    session.addEventListener('select', onSelect)
    return () => session.removeEventListener('select', onSelect)
  }, [session])

  return (
    <>
      {HANDS.map((handedness) => (
        <mesh
          key={handedness}
          ref={(mesh) => {
            rays.current[handedness] = mesh
          }}
          matrixAutoUpdate={false}
          visible={false}
          name={`pointer-ray:${handedness}`}
        >
          <boxGeometry args={[0.004, 0.004, 1]} />
          <meshBasicMaterial color="#ffffff" transparent opacity={0.7} toneMapped={false} />
        </mesh>
      ))}
    </>
  )
}
