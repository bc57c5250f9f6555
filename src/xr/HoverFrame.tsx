import type { Exhibition } from '../content/schema'
import { t } from '../content/uiStrings'
import { usePreferences } from '../state/preferences'
import { exhibitYaw } from '../world/geometry'
import { HallText } from '../world/HallText'
import { STAND_DIMENSIONS } from '../world/standDimensions'
import { STAND_FACES } from '../world/standLayout'
import { useVRUi } from '../xrkit/vrUiStore'

/** Marks the stand a controller or hand points at, and says how to open it, as the desktop focus frame does. */
export function HoverFrame({ exhibition }: { exhibition: Exhibition }) {
  const hoveredId = useVRUi((state) => state.hoveredExhibit)
  const language = usePreferences((state) => state.language)
  const exhibit = exhibition.exhibits.find((candidate) => candidate.id === hoveredId)
  if (!exhibit) return null
  const size = STAND_DIMENSIONS[exhibit.kind]
  const face = STAND_FACES[exhibit.kind]
  return (
    <group position={[exhibit.position[0], 0, exhibit.position[1]]} rotation-y={exhibitYaw(exhibit)} name="vr-hover">
      <mesh position={[0, face.baseHeight / 2, size.depth / 2 + 0.02]}>
        <boxGeometry args={[size.width + 0.04, 0.05, 0.03]} />
        <meshBasicMaterial color="#f2b705" toneMapped={false} />
      </mesh>
      <HallText
        position={[0, face.baseHeight + 0.16, face.boardDepth / 2 + 0.012]}
        fontSize={0.06}
        color="#8a5a00"
        bold
      >
        {t('pullTrigger', language)}
      </HallText>
    </group>
  )
}
