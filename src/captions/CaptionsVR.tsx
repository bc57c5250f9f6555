import { useEffect } from 'react'
import { usePreferences } from '../state/preferences'
import { HallText } from '../world/HallText'
import { textEms } from '../xrkit/paging'
import { useShown } from '../xrkit/shownStore'
import { markUi } from '../xrkit/uiTarget'
import { useVRStyle } from '../xrkit/vrStyle'
import { CAPTION_FONT_SIZE, CAPTION_WIDTH } from './captionLayout'
import { useNarration } from './narrationStore'

const LINE_HEIGHT = 1.35
const PADDING = 0.025

/**
 * The narration's current caption on a dark strip just below the exhibit panel, where subtitles are expected. It
 * grows downwards with the number of lines, so larger text never spills off it.
 */
export function VRCaption({ top }: { /** The strip's upper edge, in the panel's frame. */ top: number }) {
  const style = useVRStyle()
  const shown = usePreferences((state) => state.captions)
  const text = useNarration((state) => state.cues[state.cue]?.text ?? '')
  const visible = shown && text !== ''
  const fontSize = CAPTION_FONT_SIZE * style.scale
  const lines = Math.max(1, Math.ceil((textEms(text) * fontSize) / CAPTION_WIDTH))
  const height = lines * fontSize * LINE_HEIGHT + 2 * PADDING

  useEffect(() => {
    const caption = {
      text: visible ? text : '',
      style: { fontSize, ink: style.caption.ink, paper: style.caption.paper },
    }
    useShown.getState().show({ caption })
  }, [visible, text, fontSize, style])
  useEffect(() => () => useShown.getState().show({ caption: null }), [])

  if (!visible) return null
  return (
    <group position={[0, top - height / 2, 0]} name="vr-caption">
      <mesh ref={(mesh) => markUi(mesh, { kind: 'surface' })}>
        <planeGeometry args={[CAPTION_WIDTH + 0.04, height]} />
        <meshBasicMaterial color={style.caption.paper} toneMapped={false} />
      </mesh>
      <HallText
        position={[0, 0, 0.002]}
        fontSize={fontSize}
        maxWidth={CAPTION_WIDTH}
        anchorX="center"
        anchorY="middle"
        textAlign="center"
        lineHeight={LINE_HEIGHT}
        color={style.caption.ink}
      >
        {text}
      </HallText>
    </group>
  )
}
