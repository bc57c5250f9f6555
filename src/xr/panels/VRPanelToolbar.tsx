import { useNarration } from '../../captions/narrationStore'
import type { Exhibition } from '../../content/schema'
import { t } from '../../content/uiStrings'
import { usePreferences } from '../../state/preferences'
import { TourRowVR } from '../../tour/TourRowVR'
import { markUi } from '../../xrkit/uiTarget'
import { useVRStyle } from '../../xrkit/vrStyle'

const WIDTH = 1

/**
 * The row above an open exhibit panel: play or pause its narration and, during the guided tour, the previous and
 * next stops with where the visitor is in the tour. A tour step moves the visitor through a fade (see Locomotion).
 */
export function VRPanelToolbar({ exhibition, y }: { exhibition: Exhibition; y: number }) {
  const language = usePreferences((state) => state.language)
  const style = useVRStyle()
  const status = useNarration((state) => state.status)
  const recorded = useNarration((state) => state.audioSrc !== null)
  const playing = status === 'playing'
  const label = recorded
    ? t(playing ? 'pauseNarration' : 'playNarration', language)
    : t(playing ? 'pauseCaptions' : 'playCaptions', language)
  return (
    <group position={[0, y, 0]}>
      <mesh ref={(mesh) => markUi(mesh, { kind: 'surface' })}>
        <planeGeometry args={[WIDTH, 0.07 * style.scale + 0.03]} />
        <meshBasicMaterial color={style.caption.paper} toneMapped={false} />
      </mesh>
      {/* The narration toggle stays at the left edge whether or not the tour's steps follow it. */}
      <TourRowVR
        exhibition={exhibition}
        y={0}
        width={WIDTH}
        place="panel"
        align="start"
        margin={0.01}
        gap={0.015}
        ink={style.caption.ink}
        before={[
          {
            kind: 'button',
            id: 'narration-toggle',
            label,
            selected: playing,
            onPress: () => useNarration.getState().toggle(),
            width: 0.26,
            fontSize: 0.026,
          },
        ]}
      />
    </group>
  )
}
