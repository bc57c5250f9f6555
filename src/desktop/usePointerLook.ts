import { useEffect } from 'react'
import { useMouseLook } from './mouseLookStore'

/** Radians of turn per pixel of drag or mouse movement. */
const LOOK_SPEED = 0.0042
/** A press that moves less than this many pixels is a click (or tap), not a drag. */
const CLICK_SLOP = 6

export interface PointerLookHandlers {
  /** Turn the view by these many radians. */
  look: (dYaw: number, dPitch: number) => void
  /** A click or tap at normalised device coordinates; (0, 0) is the screen centre, used under pointer lock. */
  click: (x: number, y: number) => void
  /** The pointer hovers at these coordinates (not while dragging or locked). */
  hover: (x: number, y: number) => void
}

/**
 * Drag to look (mouse, pen or touch), click or tap to act, and mouse look under pointer lock. One pointer path for
 * every device, so phones and tablets get the same hall as desktops.
 */
export function usePointerLook(element: HTMLElement, handlers: PointerLookHandlers): void {
  useEffect(() => {
    let pressed: { id: number; x: number; y: number; lastX: number; lastY: number; dragged: boolean } | null = null
    const toNdc = (event: PointerEvent): [number, number] => {
      const rect = element.getBoundingClientRect()
      return [((event.clientX - rect.left) / rect.width) * 2 - 1, -((event.clientY - rect.top) / rect.height) * 2 + 1]
    }
    const locked = () => document.pointerLockElement === element

    const down = (event: PointerEvent) => {
      if (event.button !== 0) return
      if (!locked()) element.setPointerCapture(event.pointerId)
      pressed = {
        id: event.pointerId,
        x: event.clientX,
        y: event.clientY,
        lastX: event.clientX,
        lastY: event.clientY,
        dragged: false,
      }
    }
    const move = (event: PointerEvent) => {
      if (locked()) {
        handlers.look(-event.movementX * LOOK_SPEED, -event.movementY * LOOK_SPEED)
        return
      }
      if (!pressed || pressed.id !== event.pointerId) {
        if (event.pointerType === 'mouse') handlers.hover(...toNdc(event))
        return
      }
      if (Math.hypot(event.clientX - pressed.x, event.clientY - pressed.y) > CLICK_SLOP) pressed.dragged = true
      if (pressed.dragged) {
        // Dragging the scene like a photo: move right to turn left, as in most 3D walk-throughs.
        handlers.look((event.clientX - pressed.lastX) * LOOK_SPEED, (event.clientY - pressed.lastY) * LOOK_SPEED)
      }
      pressed.lastX = event.clientX
      pressed.lastY = event.clientY
    }
    const up = (event: PointerEvent) => {
      if (!pressed || pressed.id !== event.pointerId) return
      const wasClick = !pressed.dragged
      pressed = null
      if (!wasClick) return
      if (locked()) handlers.click(0, 0)
      else handlers.click(...toNdc(event))
    }
    const cancel = () => {
      pressed = null
    }
    const lockChange = () => useMouseLook.getState().setLocked(locked())
    // Browsers release the lock on Esc themselves; this covers those that pass the key to the page instead.
    const releaseOnEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && locked()) document.exitPointerLock()
    }

    element.addEventListener('pointerdown', down)
    element.addEventListener('pointermove', move)
    element.addEventListener('pointerup', up)
    element.addEventListener('pointercancel', cancel)
    document.addEventListener('pointerlockchange', lockChange)
    window.addEventListener('keydown', releaseOnEscape)
    return () => {
      window.removeEventListener('keydown', releaseOnEscape)
      element.removeEventListener('pointerdown', down)
      element.removeEventListener('pointermove', move)
      element.removeEventListener('pointerup', up)
      element.removeEventListener('pointercancel', cancel)
      document.removeEventListener('pointerlockchange', lockChange)
    }
  }, [element, handlers])
}
