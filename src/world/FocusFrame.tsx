import type { Exhibit, Language } from '../content/schema'
import { t } from '../content/uiStrings'
import { exhibitYaw } from './geometry'
import { HallText } from './HallText'
import { STAND_DIMENSIONS } from './standDimensions'
import { STAND_FACES } from './standLayout'

/** Marks the stand the visitor is facing or pointing at, and says how to open it. */
export function FocusFrame({ exhibit, language }: { exhibit: Exhibit | null; language: Language }) {
  if (!exhibit) return null
  const size = STAND_DIMENSIONS[exhibit.kind]
  const face = STAND_FACES[exhibit.kind]
  const front = face.boardDepth / 2 + 0.012
  return (
    <group position={[exhibit.position[0], 0, exhibit.position[1]]} rotation-y={exhibitYaw(exhibit)} name="focus-frame">
      <mesh position={[0, face.baseHeight / 2, size.depth / 2 + 0.02]}>
        <boxGeometry args={[size.width + 0.04, 0.03, 0.03]} />
        <meshBasicMaterial color="#f2b705" toneMapped={false} />
      </mesh>
      <HallText position={[0, face.baseHeight + 0.16, front]} fontSize={0.055} color="#8a5a00" bold>
        {t('pressEnter', language)}
      </HallText>
    </group>
  )
}
