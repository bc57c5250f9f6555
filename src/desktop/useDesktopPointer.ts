import { useThree } from '@react-three/fiber'
import { type RefObject, useCallback, useMemo } from 'react'
import { type DesktopMotion, look, walkTo } from '../motion/desktopMotion'
import type { MotionWorld } from '../motion/world'
import { setMoving } from '../state/livePose'
import { useVisit } from '../state/visitStore'
import { type Pick, pickAt } from './pick'
import { type PointerLookHandlers, usePointerLook } from './usePointerLook'

/** Where the pointer rests: the stand under it outranks the one in front of the visitor for focus. */
export interface Hover {
  id: string | null
}

/**
 * Drag or mouse look turns the view, a click on the floor walks there, a click on a stand opens it, and hovering a
 * stand focuses it. `refocus` recomputes the focused stand from the pose and `hover`.
 */
export function useDesktopPointer(
  motion: RefObject<DesktopMotion>,
  world: MotionWorld,
  hover: Hover,
  refocus: () => void,
): void {
  const camera = useThree((state) => state.camera)
  const scene = useThree((state) => state.scene)
  const element = useThree((state) => state.gl.domElement)
  const invalidate = useThree((state) => state.invalidate)

  const act = useCallback(
    (pick: Pick) => {
      if (pick.kind === 'exhibit') {
        useVisit.getState().openExhibit(pick.id)
        if (document.pointerLockElement) document.exitPointerLock()
      } else if (pick.kind === 'floor' && walkTo(motion.current, pick, world)) {
        setMoving(true)
      }
      invalidate()
    },
    [motion, world, invalidate],
  )

  const handlers = useMemo<PointerLookHandlers>(
    () => ({
      look: (dYaw, dPitch) => {
        look(motion.current, dYaw, dPitch)
        invalidate()
      },
      click: (x, y) => act(pickAt(x, y, camera, scene)),
      hover: (x, y) => {
        const pick = pickAt(x, y, camera, scene)
        const id = pick.kind === 'exhibit' ? pick.id : null
        element.style.cursor = pick.kind === 'nothing' ? 'default' : 'pointer'
        if (id !== hover.id) {
          hover.id = id
          refocus()
        }
      },
    }),
    [motion, act, camera, scene, element, invalidate, hover, refocus],
  )
  usePointerLook(element, handlers)
}
