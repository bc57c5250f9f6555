import { useEffect, useRef } from 'react'
import type { Mesh } from 'three'
import { HallText } from '../world/HallText'
import { registerButton } from './buttonRegistry'
import { markUi } from './uiTarget'
import { useVRStyle } from './vrStyle'
import { useVRUi } from './vrUiStore'

interface VRButtonProps {
  /** Stable id: hover state, and the name tests find the button by. */
  id: string
  label: string
  onPress: () => void
  position: [number, number, number]
  /** @default 0.24 */
  width?: number
  /** @default 0.07 */
  height?: number
  /** Shown as chosen (a language, a comfort option). @default false */
  selected?: boolean
  /** @default 0.03 */
  fontSize?: number
}

/**
 * A flat button on a headset panel: pointed at with a ray, pressed with the trigger or a pinch. Its type and height
 * follow the visitor's text size, its colours their contrast choice; its width is the layout's.
 */
export function VRButton({
  id,
  label,
  onPress,
  position,
  width = 0.24,
  height = 0.07,
  selected = false,
  fontSize = 0.03,
}: VRButtonProps) {
  const mesh = useRef<Mesh>(null)
  const hovered = useVRUi((state) => state.hoveredButton === id)
  const style = useVRStyle()
  const press = useRef(onPress)
  press.current = onPress

  useEffect(() => {
    if (!mesh.current) return
    markUi(mesh.current, { kind: 'button', id, press: () => press.current() })
    return registerButton(id, mesh.current)
  }, [id])

  const { button, scale } = style
  const background = hovered ? button.hovered : selected ? button.selected : button.idle
  return (
    <group position={position}>
      <mesh ref={mesh} name={`vr-button:${id}`}>
        <planeGeometry args={[width, height * scale]} />
        <meshBasicMaterial color={background} toneMapped={false} />
      </mesh>
      <HallText
        position={[0, 0, 0.002]}
        fontSize={fontSize * scale}
        maxWidth={width - 0.02}
        anchorX="center"
        anchorY="middle"
        textAlign="center"
        color={selected && !hovered ? button.selectedText : button.text}
        bold
      >
        {label}
      </HallText>
    </group>
  )
}
