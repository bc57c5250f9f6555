import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import { presenceText } from '../content/presenceStrings'
import { type InFront, placeInFront } from '../motion/inFront'
import { usePreferences } from '../state/preferences'
import { useSessionMode } from '../state/sessionMode'
import { HallText } from '../world/HallText'
import { markUi } from '../xrkit/uiTarget'
import { VRRow } from '../xrkit/VRRow'
import { useVRStyle } from '../xrkit/vrStyle'
import { useSecondsLeft } from './GuidePrompt'
import { useGuide } from './guideStore'

const WIDTH = 0.9
const HEIGHT = 0.3

/**
 * The guide's prompts in the headset, where HTML is not drawn: a card in front of the wearer when a gathering or an
 * invitation arrives, with the same two choices as on a screen (pointed at and pressed like any headset button).
 * While following, a small card says so and offers to stop, placed once in front when following begins.
 */
export function GuidePromptVR() {
  const camera = useThree((state) => state.camera)
  const immersive = useSessionMode((state) => state.immersive)
  const language = usePreferences((state) => state.language)
  const style = useVRStyle()
  const { gathering, invitation, following, accept, decline } = useGuide()
  const seconds = useSecondsLeft(gathering)
  const prompt = gathering ? 'gathering' : invitation ? 'invitation' : following ? 'following' : null
  const [placement, setPlacement] = useState<InFront | null>(null)
  // Placed afresh for each new prompt (a gathering, then following), where the wearer looks at that moment.
  const shownPrompt = immersive ? prompt : null
  useEffect(() => setPlacement(shownPrompt ? placeInFront(camera, 0.95) : null), [shownPrompt, camera])
  if (!shownPrompt || !placement) return null

  const name = gathering?.name ?? invitation?.name ?? following?.name ?? ''
  const line =
    prompt === 'gathering'
      ? `${presenceText('gathering', language, { name })} ${presenceText(gathering?.accepted ? 'gatherAccepted' : 'gatherIn', language, { n: seconds })}`
      : prompt === 'invitation'
        ? presenceText('invited', language, { name })
        : presenceText('followingGuide', language, { name })
  const choices =
    prompt === 'gathering'
      ? gathering?.accepted
        ? []
        : [
            { id: 'guide-join', label: presenceText('joinGuide', language), onPress: accept },
            { id: 'guide-stay', label: presenceText('stay', language), onPress: decline },
          ]
      : prompt === 'invitation'
        ? [
            { id: 'guide-follow', label: presenceText('follow', language), onPress: accept },
            { id: 'guide-no-thanks', label: presenceText('noThanks', language), onPress: decline },
          ]
        : [{ id: 'guide-stop-following', label: presenceText('stopFollowing', language), onPress: decline }]

  return (
    <group position={[placement.x, placement.y, placement.z]} rotation-y={placement.yaw} name="guide-prompt">
      <mesh ref={(mesh) => markUi(mesh, { kind: 'surface' })}>
        <planeGeometry args={[WIDTH, HEIGHT]} />
        <meshBasicMaterial color={style.paper} toneMapped={false} />
      </mesh>
      <HallText
        position={[0, 0.07, 0.002]}
        fontSize={0.034}
        maxWidth={WIDTH - 0.08}
        anchorX="center"
        anchorY="middle"
        textAlign="center"
        color={style.ink}
      >
        {line}
      </HallText>
      {choices.length > 0 && (
        <VRRow
          y={-0.07}
          width={WIDTH}
          items={choices.map((choice) => ({ kind: 'button' as const, ...choice, width: 0.3 }))}
        />
      )}
    </group>
  )
}
