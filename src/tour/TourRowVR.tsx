import type { Exhibition } from '../content/schema'
import { t } from '../content/uiStrings'
import { usePreferences } from '../state/preferences'
import { VRRow, type VRRowItem } from '../xrkit/VRRow'
import { tourStops, useTour } from './tourStore'

/** Sizes of the two places the row appears: the menu's narrower column and the panel's toolbar. */
const SIZES = {
  menu: { step: 0.2, progress: 0.13, fontSize: 0.024 },
  panel: { step: 0.24, progress: 0.2, fontSize: 0.026 },
} as const

interface TourRowVRProps {
  exhibition: Exhibition
  /** The row's middle, in the panel's frame. */
  y: number
  /** Width of the panel the row sits on. */
  width: number
  /**
   * The menu starts and ends the tour and steps through it; the toolbar above an exhibit panel only steps, and only
   * during a tour. Button ids differ between the two (`tour-next`, `panel-tour-next`).
   */
  place: 'menu' | 'panel'
  /** Said at the row's left. */
  label?: string
  /** Buttons of the panel's own before the tour's (the narration toggle). */
  before?: readonly VRRowItem[]
  /** Called as the tour starts or steps (the menu closes, so the visitor sees the stop they are taken to). */
  onStep?: () => void
  /** Colour of the "stop n of m" text. */
  ink?: string
  align?: 'center' | 'start'
  /** Space kept from the panel's edges and between buttons (see VRRow). */
  margin?: number
  gap?: number
}

/** The guided tour in a headset: start it, step back and on with where the visitor is in it, end it. */
export function TourRowVR(props: TourRowVRProps) {
  const { exhibition, y, width, place, label, before = [], onStep, ink, align, margin, gap } = props
  const language = usePreferences((state) => state.language)
  const stop = useTour((state) => state.stop)
  const size = SIZES[place]
  const prefix = place === 'panel' ? 'panel-' : ''
  const step = (action: () => void) => () => {
    onStep?.()
    action()
  }
  const items: VRRowItem[] = [...before]
  if (stop === null && place === 'menu') {
    items.push({
      kind: 'button',
      id: 'tour-start',
      label: t('tourStart', language),
      onPress: step(() => useTour.getState().start(exhibition)),
      width: 0.42,
    })
  } else if (stop !== null) {
    items.push(
      {
        kind: 'button',
        id: `${prefix}tour-previous`,
        label: `‹ ${t('tourPrevious', language)}`,
        onPress: step(() => useTour.getState().go(exhibition, -1)),
        width: size.step,
        fontSize: size.fontSize,
      },
      {
        kind: 'text',
        key: 'tour-progress',
        text: t('tourStopOf', language, { n: stop + 1, total: tourStops(exhibition).length }),
        width: size.progress,
      },
      {
        kind: 'button',
        id: `${prefix}tour-next`,
        label: `${t('tourNext', language)} ›`,
        onPress: step(() => useTour.getState().go(exhibition, 1)),
        width: size.step,
        fontSize: size.fontSize,
      },
    )
    if (place === 'menu') {
      items.push({
        kind: 'button',
        id: 'tour-end',
        label: t('tourEnd', language),
        onPress: () => useTour.getState().end(),
        width: 0.18,
        fontSize: size.fontSize,
      })
    }
  }
  return <VRRow y={y} width={width} label={label} items={items} ink={ink} align={align} margin={margin} gap={gap} />
}
