import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import { kioskText } from '../content/kioskStrings'
import { placeInFront } from '../motion/inFront'
import { usePreferences } from '../state/preferences'
import { useSessionMode } from '../state/sessionMode'
import { HallText } from '../world/HallText'
import { useVRStyle } from '../xrkit/vrStyle'
import type { PanelPlacement } from '../xrkit/vrUiStore'
import { useKiosk } from './kioskStore'

const WIDTH = 0.8
const HEIGHT = 0.26

/**
 * The countdown in the headset, where HTML is not drawn: a card in front of the wearer when it starts. Any head
 * movement or input cancels it (see ./useKioskClock), so it never needs to be pointed at.
 */
export function KioskCountdownVR() {
  const camera = useThree((state) => state.camera)
  const immersive = useSessionMode((state) => state.immersive)
  const warning = useKiosk((state) => state.phase === 'warning')
  const countdown = useKiosk((state) => state.countdown)
  const language = usePreferences((state) => state.language)
  const style = useVRStyle()
  const [placement, setPlacement] = useState<PanelPlacement | null>(null)
  const shown = immersive && warning
  useEffect(() => setPlacement(shown ? placeInFront(camera, 0.9) : null), [shown, camera])
  if (!shown || !placement) return null
  return (
    <group position={[placement.x, placement.y, placement.z]} rotation-y={placement.yaw} name="kiosk-countdown">
      <mesh>
        <planeGeometry args={[WIDTH, HEIGHT]} />
        <meshBasicMaterial color={style.caption.paper} toneMapped={false} />
      </mesh>
      <HallText position={[0, 0.055, 0.002]} fontSize={0.05} anchorX="center" anchorY="middle" color="#f2b705" bold>
        {kioskText('stillThere', language)}
      </HallText>
      <HallText
        position={[0, -0.045, 0.002]}
        fontSize={0.032}
        maxWidth={WIDTH - 0.06}
        anchorX="center"
        anchorY="middle"
        textAlign="center"
        color={style.caption.ink}
      >
        {kioskText('resetsIn', language, countdown)}
      </HallText>
    </group>
  )
}
