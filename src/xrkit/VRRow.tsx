import { HallText } from '../world/HallText'
import { layoutRow } from './rowLayout'
import { VRButton } from './VRButton'
import { useVRStyle } from './vrStyle'

/** A button in a row: the props of a `VRButton` but its position, which the row works out. */
export interface VRRowButton {
  kind: 'button'
  id: string
  label: string
  onPress: () => void
  width: number
  selected?: boolean
  /** @default 0.03 */
  fontSize?: number
  /** @default 0.07 */
  height?: number
}

/** A line of text between buttons (where the tour is, which page of a list). */
export interface VRRowText {
  kind: 'text'
  key: string
  text: string
  width: number
  /** @default 0.024 */
  fontSize?: number
}

export type VRRowItem = VRRowButton | VRRowText

/** Type size of a row's label at text size 100%, metres; a panel's title is larger. */
export const ROW_LABEL_SIZE = 0.03
const HEADING_SIZE = 0.045

interface VRRowProps {
  /** The row's middle, in the panel's frame. */
  y: number
  items: readonly VRRowItem[]
  /** Width of the panel the row sits on; the row keeps `margin` from both edges. */
  width: number
  /** Said at the left, in a column of its own; the items share what is left. */
  label?: string
  /** The label is the panel's title: larger, in full ink. @default false */
  heading?: boolean
  /** @default 'center' */
  align?: 'center' | 'start' | 'end'
  /** @default 0.04 */
  margin?: number
  /** @default 0.24 */
  labelWidth?: number
  /** @default 0.02 */
  gap?: number
  /** Colour of text items. @default the style's soft ink */
  ink?: string
}

/**
 * One row of a headset panel: an optional label on the left and buttons laid out from their widths, centred in the
 * space left (or from its start or end), shrunk to fit when they are too wide for it.
 */
export function VRRow({
  y,
  items,
  width,
  label,
  heading = false,
  align = 'center',
  margin = 0.04,
  labelWidth = 0.24,
  gap = 0.02,
  ink,
}: VRRowProps) {
  const style = useVRStyle()
  const left = -width / 2 + margin
  const start = label ? left + labelWidth : left
  const space = width / 2 - margin - start
  const widths = items.map((item) => item.width)
  const laid = layoutRow(widths, { gap, maxWidth: space, align: align === 'center' ? 'center' : 'start' })
  // Laid out about the middle of the space; an end-aligned row moves by what is left over.
  const used = widths.reduce((sum, w) => sum + w, 0) * laid.scale + gap * laid.scale * Math.max(0, items.length - 1)
  const shift = start + space / 2 + (align === 'end' ? space - used : 0)
  return (
    <group position-y={y}>
      {label && (
        <HallText
          position={[left, 0, 0.002]}
          fontSize={(heading ? HEADING_SIZE : ROW_LABEL_SIZE) * style.scale}
          anchorX="left"
          anchorY="middle"
          color={heading ? style.ink : style.inkSoft}
          bold
        >
          {label}
        </HallText>
      )}
      {items.map((item, index) => {
        const x = (laid.xs[index] ?? 0) + shift
        const w = laid.widths[index] ?? item.width
        return item.kind === 'button' ? (
          <VRButton
            key={item.id}
            id={item.id}
            label={item.label}
            onPress={item.onPress}
            selected={item.selected}
            position={[x, 0, 0.004]}
            width={w}
            height={item.height}
            fontSize={item.fontSize}
          />
        ) : (
          <HallText
            key={item.key}
            position={[x, 0, 0.002]}
            fontSize={(item.fontSize ?? 0.024) * style.scale}
            maxWidth={w}
            anchorX="center"
            anchorY="middle"
            textAlign="center"
            color={ink ?? style.inkSoft}
          >
            {item.text}
          </HallText>
        )
      })}
    </group>
  )
}
