import type { Exhibit } from '../content/schema'
import { exhibitYaw } from './geometry'
import { StandImage } from './StandImage'
import { StandModel } from './StandModel'
import { STAND_DIMENSIONS } from './standDimensions'
import { STAND_FACES } from './standLayout'

/** The picture on a stand's face, or the model on its pedestal, if it has either. */
export function standMediaOf(exhibit: Exhibit) {
  const image = STAND_FACES[exhibit.kind].image ? exhibit.media.find((media) => media.kind === 'image') : undefined
  const model = exhibit.kind === 'model' ? exhibit.media.find((media) => media.kind === 'model') : undefined
  return { image, model }
}

/**
 * One stand's picture or model. `lift` raises the picture off the board, so it can sit in front of a grey card drawn
 * for all stands at once.
 */
export function StandMedia({ exhibit, lift = 0 }: { exhibit: Exhibit; lift?: number }) {
  const face = STAND_FACES[exhibit.kind]
  const front = face.boardDepth / 2 + 0.004 + lift
  const { image, model } = standMediaOf(exhibit)
  return (
    <group position={[exhibit.position[0], 0, exhibit.position[1]]} rotation-y={exhibitYaw(exhibit)}>
      {image && face.image && (
        <group position={[0, face.image.centerY, front]}>
          <StandImage media={image} width={face.image.width} height={face.image.height} />
        </group>
      )}
      {model && <StandModel media={model} top={STAND_DIMENSIONS[exhibit.kind].height} />}
    </group>
  )
}
