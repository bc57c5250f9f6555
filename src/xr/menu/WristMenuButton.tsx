import { useFrame } from '@react-three/fiber'
import { type RefObject, useRef } from 'react'
import { type Group, Matrix4 } from 'three'
import { t } from '../../content/uiStrings'
import { usePreferences } from '../../state/preferences'
import { VRButton } from '../../xrkit/VRButton'
import { useVRUi } from '../../xrkit/vrUiStore'
import { inputSourceOf, spaceMatrix } from '../../xrkit/xrInput'

const grip = new Matrix4()

/**
 * A small menu button riding on the left wrist, for visitors using their hands (no X/Y buttons): point at it with
 * the right hand and pinch.
 */
export function WristMenuButton({ session, origin }: { session: XRSession; origin: RefObject<Group | null> }) {
  const group = useRef<Group>(null)
  const language = usePreferences((state) => state.language)
  useFrame((state, _delta, frame?: XRFrame) => {
    const target = group.current
    const play = origin.current
    const referenceSpace = state.gl.xr.getReferenceSpace()
    if (!target || !play || !referenceSpace || !frame) return
    const left = inputSourceOf(session, 'left', true) ?? inputSourceOf(session, 'left')
    const space = left?.gripSpace
    target.visible = Boolean(space && spaceMatrix(frame, space, referenceSpace, play, grip))
    if (!target.visible) return
    target.matrix.copy(grip)
    target.matrixWorldNeedsUpdate = true
  })
  return (
    <group ref={group} matrixAutoUpdate={false} visible={false}>
      {/* Above the back of the wrist, turned to face the visitor. */}
      <group position={[0, 0.06, 0.04]} rotation-x={-Math.PI / 3}>
        <VRButton
          id="wrist-menu"
          label={t('vrMenu', language)}
          onPress={() => useVRUi.getState().setMenuOpen(!useVRUi.getState().menuOpen)}
          position={[0, 0, 0]}
          width={0.1}
          height={0.045}
          fontSize={0.022}
        />
      </group>
    </group>
  )
}
