import type { Exhibit, Exhibition } from '../content/schema'
import { inTourOrder } from '../content/tourOrder'
import { t } from '../content/uiStrings'
import { goToExhibit } from '../motion/goToExhibit'
import { usePreferences } from '../state/preferences'
import { VRRow } from '../xrkit/VRRow'
import { useVRUi } from '../xrkit/vrUiStore'

/** Exhibits per page: few enough to read, and to keep the menu's draw calls low. Two to a line. */
const PER_PAGE = 6
const PER_LINE = 2
/** Lines of exhibits under the heading, each this many rows tall (a little taller than a row of buttons). */
export const EXHIBIT_LIST_LINES = PER_PAGE / PER_LINE
export const EXHIBIT_LIST_LINE = 1.1

/** Goes to an exhibit's stand and opens its text, as the desktop list does; the menu closes to show it. */
function visit(exhibit: Exhibit) {
  useVRUi.getState().setMenuOpen(false)
  goToExhibit(exhibit)
}

interface ExhibitListVRProps {
  exhibition: Exhibition
  /** The heading row's middle, in the panel's frame; the lines of exhibits follow, `pitch` * 1.1 apart. */
  y: number
  pitch: number
  /** Width of the panel the list sits on. */
  width: number
  /** The page shown, 0-based (kept by the menu, so it survives the menu closing), and how to turn it. */
  page: number
  onPage: (page: number) => void
}

/** The exhibit list in a headset: every exhibit in tour order, a page at a time, each a button that goes to it. */
export function ExhibitListVR({ exhibition, y, pitch, width, page, onPage }: ExhibitListVRProps) {
  const language = usePreferences((state) => state.language)
  const byTour = inTourOrder(exhibition.exhibits)
  const pages = Math.max(1, Math.ceil(byTour.length / PER_PAGE))
  const shown = byTour.slice(page * PER_PAGE, page * PER_PAGE + PER_PAGE)
  const lines = Array.from({ length: Math.ceil(shown.length / PER_LINE) }, (_, line) =>
    shown.slice(line * PER_LINE, line * PER_LINE + PER_LINE),
  )
  return (
    <>
      <VRRow
        y={y}
        width={width}
        label={t('exhibitList', language)}
        items={[
          {
            kind: 'text',
            key: 'page',
            text: t('pageOf', language, { page: page + 1, pages }),
            width: 0.2,
            fontSize: 0.026,
          },
          {
            kind: 'button',
            id: 'list-previous',
            label: '‹',
            onPress: () => onPage((page + pages - 1) % pages),
            width: 0.08,
          },
          { kind: 'button', id: 'list-next', label: '›', onPress: () => onPage((page + 1) % pages), width: 0.08 },
        ]}
      />
      {lines.map((line, index) => (
        <VRRow
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positions on the page, not items
          key={index}
          y={y - pitch * EXHIBIT_LIST_LINE * (1 + index)}
          width={width}
          align="start"
          items={line.map((exhibit) => ({
            kind: 'button' as const,
            id: `exhibit:${exhibit.id}`,
            label: `${exhibit.tour}. ${exhibit.title[language]}`,
            onPress: () => visit(exhibit),
            width: 0.46,
            height: 0.085,
            fontSize: 0.024,
          }))}
        />
      ))}
    </>
  )
}
