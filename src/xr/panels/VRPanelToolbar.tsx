import { useNarration } from '../../captions/narrationStore'
import type { Exhibition } from '../../content/schema'
import { t } from '../../content/uiStrings'
import { usePreferences } from '../../state/preferences'
import { tourStops, useTour } from '../../tour/tourStore'
import { HallText } from '../../world/HallText'
import { markUi } from '../../xrkit/uiTarget'
import { VRButton } from '../../xrkit/VRButton'
import { useVRStyle } from '../../xrkit/vrStyle'

/**
 * The row above an open exhibit panel: play or pause its narration and, during the guided tour, the previous and
 * next stops with where the visitor is in the tour. A tour step moves the visitor through a fade (see Locomotion).
 */
export function VRPanelToolbar({ exhibition, y }: { exhibition: Exhibition; y: number }) {
  const language = usePreferences((state) => state.language)
  const style = useVRStyle()
  const status = useNarration((state) => state.status)
  const recorded = useNarration((state) => state.audioSrc !== null)
  const stop = useTour((state) => state.stop)
  const total = tourStops(exhibition).length
  const playing = status === 'playing'
  const label = recorded
    ? t(playing ? 'pauseNarration' : 'playNarration', language)
    : t(playing ? 'pauseCaptions' : 'playCaptions', language)
  return (
    <group position={[0, y, 0]}>
      <mesh ref={(mesh) => markUi(mesh, { kind: 'surface' })}>
        <planeGeometry args={[1, 0.07 * style.scale + 0.03]} />
        <meshBasicMaterial color={style.caption.paper} toneMapped={false} />
      </mesh>
      <VRButton
        id="narration-toggle"
        label={label}
        selected={playing}
        onPress={() => useNarration.getState().toggle()}
        position={[-0.37, 0, 0.002]}
        width={0.26}
        fontSize={0.026}
      />
      {stop !== null && (
        <>
          <VRButton
            id="panel-tour-previous"
            label={`‹ ${t('tourPrevious', language)}`}
            onPress={() => useTour.getState().go(exhibition, -1)}
            position={[-0.1, 0, 0.002]}
            width={0.24}
            fontSize={0.026}
          />
          <HallText
            position={[0.135, 0, 0.002]}
            fontSize={0.024 * style.scale}
            maxWidth={0.2}
            anchorX="center"
            anchorY="middle"
            textAlign="center"
            color={style.caption.ink}
          >
            {t('tourStopOf', language, { n: stop + 1, total })}
          </HallText>
          <VRButton
            id="panel-tour-next"
            label={`${t('tourNext', language)} ›`}
            onPress={() => useTour.getState().go(exhibition, 1)}
            position={[0.37, 0, 0.002]}
            width={0.24}
            fontSize={0.026}
          />
        </>
      )}
    </group>
  )
}
