import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import type { Exhibition } from '../../content/schema'
import { t } from '../../content/uiStrings'
import { DISPLAY_ROWS, DisplayRowsVR } from '../../display/DisplayRowsVR'
import { EXHIBIT_LIST_LINE, EXHIBIT_LIST_LINES, ExhibitListVR } from '../../exhibitList/ExhibitListVR'
import { placeInFront } from '../../motion/inFront'
import { GuideRowVR, useGuideRowShown } from '../../presence/GuideRowVR'
import { usePreferences } from '../../state/preferences'
import { TourRowVR } from '../../tour/TourRowVR'
import { useShown } from '../../xrkit/shownStore'
import { markUi } from '../../xrkit/uiTarget'
import { ROW_LABEL_SIZE, VRRow } from '../../xrkit/VRRow'
import { useVRStyle } from '../../xrkit/vrStyle'
import { type PanelPlacement, useVRUi } from '../../xrkit/vrUiStore'
import { COMFORT_ROWS, ComfortRowsVR } from '../comfort/ComfortRowsVR'
import { LanguageRowVR } from './LanguageRowVR'
import { useMenuButton } from './useMenuButton'

const WIDTH = 1.04
/** Rows of the menu at text size 100%, metres apart; they spread out as the text grows. */
const ROW = 0.09
/**
 * The menu's rows, top to bottom: title, language, tour, a guide's row (for a guide only), display options, comfort
 * options, then the list, its lines under its heading, and the exit button's row below them.
 */
function menuRows(guideRow: boolean) {
  const display = 3 + (guideRow ? 1 : 0)
  const comfort = display + DISPLAY_ROWS
  const list = comfort + COMFORT_ROWS
  return { display, comfort, list, total: list + EXHIBIT_LIST_LINES * EXHIBIT_LIST_LINE + 1.2 }
}

const close = () => useVRUi.getState().setMenuOpen(false)

/**
 * The headset visitor's menu: language, the guided tour, display and comfort options, the exhibit list to jump to
 * any stand, and leaving VR. It opens in front of the visitor, where they are looking. Each feature draws its own
 * rows; the menu only stacks them.
 */
export function VRMenu({ exhibition, session }: { exhibition: Exhibition; session: XRSession }) {
  const camera = useThree((state) => state.camera)
  const open = useVRUi((state) => state.menuOpen)
  const language = usePreferences((state) => state.language)
  const style = useVRStyle()
  const [placement, setPlacement] = useState<PanelPlacement | null>(null)
  const [listPage, setListPage] = useState(0)
  const guideRow = useGuideRowShown()
  const rows = menuRows(guideRow)
  useMenuButton(session)

  useEffect(() => {
    if (open) setPlacement(placeInFront(camera))
  }, [open, camera])
  // How the rows' labels are set, while the menu is on show.
  const labelSize = ROW_LABEL_SIZE * style.scale
  useEffect(() => {
    const shown = open && placement !== null
    useShown
      .getState()
      .show({ menuStyle: shown ? { fontSize: labelSize, ink: style.inkSoft, paper: style.paper } : null })
  }, [open, placement, labelSize, style])
  useEffect(() => () => useShown.getState().show({ menuStyle: null }), [])

  if (!open || !placement) return null
  const row = ROW * style.scale
  const height = 0.14 + row * rows.total
  const top = height / 2
  const at = (n: number) => top - 0.07 - n * row
  return (
    <group position={[placement.x, placement.y, placement.z]} rotation-y={placement.yaw} name="vr-menu">
      <mesh ref={(mesh) => markUi(mesh, { kind: 'surface' })}>
        <planeGeometry args={[WIDTH, height]} />
        <meshBasicMaterial color={style.paper} toneMapped={false} />
      </mesh>
      <VRRow
        y={at(0)}
        width={WIDTH}
        label={t('vrMenu', language)}
        heading
        align="end"
        items={[{ kind: 'button', id: 'menu-close', label: t('closePanel', language), onPress: close, width: 0.18 }]}
      />
      <LanguageRowVR y={at(1)} width={WIDTH} />
      <TourRowVR
        exhibition={exhibition}
        y={at(2)}
        width={WIDTH}
        place="menu"
        label={t('tour', language)}
        onStep={close}
      />
      {guideRow && <GuideRowVR y={at(3)} width={WIDTH} onCommand={close} />}
      <DisplayRowsVR y={at(rows.display)} pitch={row} width={WIDTH} />
      <ComfortRowsVR y={at(rows.comfort)} pitch={row} width={WIDTH} />
      <ExhibitListVR
        exhibition={exhibition}
        y={at(rows.list)}
        pitch={row}
        width={WIDTH}
        page={listPage}
        onPage={setListPage}
      />
      <VRRow
        y={-top + 0.07}
        width={WIDTH}
        items={[
          {
            kind: 'button',
            id: 'exit-vr',
            label: t('exitVR', language),
            onPress: () => void session.end(),
            width: 0.3,
          },
        ]}
      />
    </group>
  )
}
