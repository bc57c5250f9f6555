import { HallText } from './HallText'
import type { TextItem } from './textItems'

/** The same texts as HallTextBatch, each its own mesh and draw call: how the hall drew them before batching. */
export function HallTextItems({ items }: { items: readonly TextItem[] }) {
  return (
    <group name="hall-text-unbatched">
      {items.map(({ key, text, position, yaw, maxWidth, ...style }) => (
        <HallText key={key} position={position} rotation-y={yaw} maxWidth={maxWidth} track={key} {...style}>
          {text}
        </HallText>
      ))}
    </group>
  )
}
