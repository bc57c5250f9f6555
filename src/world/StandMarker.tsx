import type { Exhibit } from '../content/schema'
import { exhibitYaw } from './geometry'
import { HallText } from './HallText'
import { STAND_DIMENSIONS } from './standDimensions'
import { STAND_FACES } from './standLayout'

const MARK = '#f2b705'
const HINT_INK = '#8a5a00'

interface StandMarkerProps {
  /** The stand to mark; nothing is drawn for none. */
  exhibit: Exhibit | null
  /** What to do to open it, said above the stand's base ("Press Enter", "Pull the trigger"). */
  hint: string
  /** Height of the bar along the stand's foot, metres. @default 0.03 */
  barHeight?: number
  /** @default 0.055 */
  fontSize?: number
  /** The group's name, to tell a desktop focus from a headset hover in the scene. */
  name?: string
}

/** Marks one stand as the one that would open: a yellow bar along its foot and how to open it, on its face. */
export function StandMarker({ exhibit, hint, barHeight = 0.03, fontSize = 0.055, name }: StandMarkerProps) {
  if (!exhibit) return null
  const size = STAND_DIMENSIONS[exhibit.kind]
  const face = STAND_FACES[exhibit.kind]
  return (
    <group position={[exhibit.position[0], 0, exhibit.position[1]]} rotation-y={exhibitYaw(exhibit)} name={name}>
      <mesh position={[0, face.baseHeight / 2, size.depth / 2 + 0.02]}>
        <boxGeometry args={[size.width + 0.04, barHeight, 0.03]} />
        <meshBasicMaterial color={MARK} toneMapped={false} />
      </mesh>
      <HallText
        position={[0, face.baseHeight + 0.16, face.boardDepth / 2 + 0.012]}
        fontSize={fontSize}
        color={HINT_INK}
        bold
      >
        {hint}
      </HallText>
    </group>
  )
}
