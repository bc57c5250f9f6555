import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { useVRUi } from '../../xrkit/vrUiStore'
import { BUTTON_LOWER, BUTTON_UPPER, inputSourceOf, isPressed } from '../../xrkit/xrInput'

/** X or Y on the left controller opens and closes the menu (a wrist button does the same for hands). */
export function useMenuButton(session: XRSession): void {
  const wasPressed = useRef(false)
  useFrame(() => {
    const left = inputSourceOf(session, 'left')
    const pressed = isPressed(left, BUTTON_LOWER) || isPressed(left, BUTTON_UPPER)
    if (pressed && !wasPressed.current) useVRUi.getState().setMenuOpen(!useVRUi.getState().menuOpen)
    wasPressed.current = pressed
  })
}
