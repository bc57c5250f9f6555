import type { Exhibit, Language } from '../content/schema'
import { exhibitYaw } from './geometry'
import { HallText } from './HallText'
import { StandImage } from './StandImage'
import { StandModel } from './StandModel'
import { STAND_DIMENSIONS } from './standDimensions'
import { STAND_FACES } from './standLayout'

export interface StandDisplay {
  /** Multiplies the summary's size; it wraps onto more lines of the board. */
  textScale: number
  /** Pure black text instead of the softer greys. */
  highContrast: boolean
}

export const DEFAULT_DISPLAY: StandDisplay = { textScale: 1, highContrast: false }

/** The words and picture on the front of one stand, in the visitor's language. */
export function StandFace({
  exhibit,
  language,
  display = DEFAULT_DISPLAY,
}: {
  exhibit: Exhibit
  language: Language
  display?: StandDisplay
}) {
  const face = STAND_FACES[exhibit.kind]
  const ink = display.highContrast ? '#000000' : undefined
  const front = face.boardDepth / 2 + 0.004
  const image = exhibit.media.find((media) => media.kind === 'image')
  const model = exhibit.kind === 'model' ? exhibit.media.find((media) => media.kind === 'model') : undefined
  const headerY = STAND_DIMENSIONS[exhibit.kind].height - face.headerHeight / 2
  return (
    <group position={[exhibit.position[0], 0, exhibit.position[1]]} rotation-y={exhibitYaw(exhibit)}>
      <HallText
        position={[0, headerY, front + 0.008]}
        fontSize={0.075}
        color="#ffffff"
        bold
        track={`${exhibit.id}:tour`}
      >
        {String(exhibit.tour).padStart(2, '0')}
      </HallText>
      <HallText
        position={[0, face.titleTop, front]}
        fontSize={face.titleSize}
        maxWidth={face.textWidth}
        color={ink}
        anchorY="top"
        textAlign="center"
        lineHeight={1.2}
        bold
        track={`${exhibit.id}:title`}
      >
        {exhibit.title[language]}
      </HallText>
      <HallText
        position={[-face.textWidth / 2, face.summaryTop, front]}
        fontSize={face.summarySize * display.textScale}
        maxWidth={face.textWidth}
        anchorX="left"
        anchorY="top"
        lineHeight={1.45}
        color={ink ?? '#2e3545'}
        track={`${exhibit.id}:summary`}
      >
        {exhibit.summary[language]}
      </HallText>
      {image && face.image && (
        <group position={[0, face.image.centerY, front]}>
          <StandImage media={image} width={face.image.width} height={face.image.height} />
        </group>
      )}
      {model && <StandModel media={model} top={STAND_DIMENSIONS[exhibit.kind].height} />}
    </group>
  )
}
