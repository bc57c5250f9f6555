import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import { placeInFront } from '../motion/inFront'
import { usePreferences } from '../state/preferences'
import { useSessionMode } from '../state/sessionMode'
import { HallText } from '../world/HallText'
import { useShown } from '../xrkit/shownStore'
import { useVRStyle } from '../xrkit/vrStyle'
import type { PanelPlacement } from '../xrkit/vrUiStore'
import { useBroadcast } from './broadcastStore'

const WIDTH = 0.9
const HEIGHT = 0.22

/**
 * Staff's message in the headset, where HTML is not drawn: a caption card placed in front of the wearer, a little
 * below the eyes, when it arrives; both languages, the wearer's first. It goes when the banner would.
 */
export function BroadcastVR() {
  const camera = useThree((state) => state.camera)
  const immersive = useSessionMode((state) => state.immersive)
  const message = useBroadcast((state) => state.message)
  const serial = useBroadcast((state) => state.serial)
  const language = usePreferences((state) => state.language)
  const style = useVRStyle()
  const [placement, setPlacement] = useState<PanelPlacement | null>(null)
  const shown = immersive && message !== null
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new message is placed where the wearer looks now
  useEffect(() => setPlacement(shown ? placeInFront(camera, 1) : null), [shown, serial, camera])
  const drawn = shown && placement !== null && message !== null
  const text = drawn && message ? `${message[language]}\n${message[language === 'zh' ? 'en' : 'zh']}` : null
  useEffect(() => useShown.getState().show({ broadcast: text }), [text])
  useEffect(() => () => useShown.getState().show({ broadcast: null }), [])
  if (!shown || !placement || !message) return null
  const other = language === 'zh' ? 'en' : 'zh'
  return (
    <group position={[placement.x, placement.y - 0.25, placement.z]} rotation-y={placement.yaw} name="vr-broadcast">
      <mesh>
        <planeGeometry args={[WIDTH, HEIGHT]} />
        <meshBasicMaterial color={style.caption.paper} toneMapped={false} />
      </mesh>
      <HallText
        position={[0, 0.04, 0.002]}
        fontSize={0.04}
        maxWidth={WIDTH - 0.06}
        anchorX="center"
        anchorY="middle"
        textAlign="center"
        color={style.caption.ink}
      >
        {message[language]}
      </HallText>
      <HallText
        position={[0, -0.05, 0.002]}
        fontSize={0.03}
        maxWidth={WIDTH - 0.06}
        anchorX="center"
        anchorY="middle"
        textAlign="center"
        color={style.caption.ink}
      >
        {message[other]}
      </HallText>
    </group>
  )
}
