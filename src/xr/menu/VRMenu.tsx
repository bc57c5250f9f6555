import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef, useState } from 'react'
import type { Exhibit, Exhibition } from '../../content/schema'
import { inTourOrder } from '../../content/tourOrder'
import { t } from '../../content/uiStrings'
import { diagnostics } from '../../diagnostics/diagnostics'
import { goToExhibit } from '../../motion/goToExhibit'
import { TEXT_SCALES, usePreferences } from '../../state/preferences'
import { useVisit } from '../../state/visitStore'
import { tourStops, useTour } from '../../tour/tourStore'
import { viewingPose } from '../../world/geometry'
import { HallText } from '../../world/HallText'
import { markUi } from '../../xrkit/uiTarget'
import { VRButton } from '../../xrkit/VRButton'
import { useVRStyle } from '../../xrkit/vrStyle'
import { type PanelPlacement, useVRUi } from '../../xrkit/vrUiStore'
import { BUTTON_LOWER, BUTTON_UPPER, inputSourceOf, isPressed } from '../../xrkit/xrInput'
import { SNAP_ANGLES, useComfort } from '../comfort/comfortStore'
import { placeInFront } from '../panels/placement'

const WIDTH = 1.04
/** Rows of the menu at text size 100%, metres apart; they spread out as the text grows. */
const ROW = 0.09
/** Exhibits per page of the list: few enough to read, and to keep the menu's draw calls low. */
const PER_PAGE = 6

/** Goes to an exhibit's stand and opens its text, as the desktop list does. */
function visit(exhibit: Exhibit) {
  useVRUi.getState().setMenuOpen(false)
  goToExhibit(exhibit)
}

/** Tour actions close the menu, so the visitor sees the stop they are taken to. */
function tourAction(action: () => void) {
  return () => {
    useVRUi.getState().setMenuOpen(false)
    action()
  }
}

const nextTextScale = (scale: number) =>
  TEXT_SCALES[(TEXT_SCALES.indexOf(scale as (typeof TEXT_SCALES)[number]) + 1) % TEXT_SCALES.length] ?? 1

/** X or Y on the left controller opens and closes the menu (a wrist button does the same for hands). */
function useMenuButton(session: XRSession) {
  const wasPressed = useRef(false)
  useFrame(() => {
    const left = inputSourceOf(session, 'left')
    const pressed = isPressed(left, BUTTON_LOWER) || isPressed(left, BUTTON_UPPER)
    if (pressed && !wasPressed.current) useVRUi.getState().setMenuOpen(!useVRUi.getState().menuOpen)
    wasPressed.current = pressed
  })
}

/**
 * The headset visitor's menu: language, the guided tour, display and comfort options, the exhibit list to jump to
 * any stand, and leaving VR. It opens in front of the visitor, where they are looking.
 */
export function VRMenu({ exhibition, session }: { exhibition: Exhibition; session: XRSession }) {
  const camera = useThree((state) => state.camera)
  const open = useVRUi((state) => state.menuOpen)
  const preferences = usePreferences()
  const { language } = preferences
  const style = useVRStyle()
  const tourStop = useTour((state) => state.stop)
  const comfort = useComfort()
  const [placement, setPlacement] = useState<PanelPlacement | null>(null)
  const [listPage, setListPage] = useState(0)
  useMenuButton(session)

  useEffect(() => {
    if (open) setPlacement(placeInFront(camera))
    diagnostics().xr.menuOpen = open
  }, [open, camera])
  const labelSize = 0.03 * style.scale
  useEffect(() => {
    diagnostics().xr.menuStyle =
      open && placement ? { fontSize: labelSize, ink: style.inkSoft, paper: style.paper } : null
  }, [open, placement, labelSize, style])
  useEffect(
    () => () => {
      diagnostics().xr.menuOpen = false
      diagnostics().xr.menuStyle = null
    },
    [],
  )

  if (!open || !placement) return null
  const byTour = inTourOrder(exhibition.exhibits)
  const pages = Math.ceil(byTour.length / PER_PAGE)
  const shown = byTour.slice(listPage * PER_PAGE, listPage * PER_PAGE + PER_PAGE)
  const state = (on: boolean) => t(on ? 'on' : 'off', language)
  const nextAngle = SNAP_ANGLES[(SNAP_ANGLES.indexOf(comfort.snapDegrees) + 1) % SNAP_ANGLES.length] ?? 45
  const row = ROW * style.scale
  const listRows = Math.ceil(PER_PAGE / 2)
  // Title, language, tour, display, turning, moving, comfort (two rows), list heading, the list, exit.
  const height = 0.14 + row * (8 + listRows * 1.1 + 1.2)
  const top = height / 2
  const at = (n: number) => top - 0.07 - n * row
  const left = -WIDTH / 2 + 0.05
  const label = (text: string, y: number) => (
    <HallText
      position={[left, y, 0.002]}
      fontSize={labelSize}
      anchorX="left"
      anchorY="middle"
      color={style.inkSoft}
      bold
    >
      {text}
    </HallText>
  )
  const totalStops = tourStops(exhibition).length
  return (
    <group position={[placement.x, placement.y, placement.z]} rotation-y={placement.yaw} name="vr-menu">
      <mesh ref={(mesh) => markUi(mesh, { kind: 'surface' })}>
        <planeGeometry args={[WIDTH, height]} />
        <meshBasicMaterial color={style.paper} toneMapped={false} />
      </mesh>
      <HallText
        position={[left, at(0), 0.002]}
        fontSize={0.045 * style.scale}
        anchorX="left"
        anchorY="middle"
        color={style.ink}
        bold
      >
        {t('vrMenu', language)}
      </HallText>
      <VRButton
        id="menu-close"
        label={t('closePanel', language)}
        onPress={() => useVRUi.getState().setMenuOpen(false)}
        position={[0.4, at(0), 0.004]}
        width={0.18}
      />
      {label(t('language', language), at(1))}
      <VRButton
        id="language-zh"
        label="中文"
        selected={language === 'zh'}
        onPress={() => preferences.setLanguage('zh')}
        position={[-0.05, at(1), 0.004]}
        width={0.2}
      />
      <VRButton
        id="language-en"
        label="English"
        selected={language === 'en'}
        onPress={() => preferences.setLanguage('en')}
        position={[0.18, at(1), 0.004]}
        width={0.2}
      />
      {label(t('tour', language), at(2))}
      {tourStop === null ? (
        <VRButton
          id="tour-start"
          label={t('tourStart', language)}
          onPress={tourAction(() => useTour.getState().start(exhibition))}
          position={[0.06, at(2), 0.004]}
          width={0.42}
        />
      ) : (
        <>
          <VRButton
            id="tour-previous"
            label={`‹ ${t('tourPrevious', language)}`}
            onPress={tourAction(() => useTour.getState().go(exhibition, -1))}
            position={[-0.14, at(2), 0.004]}
            width={0.2}
            fontSize={0.024}
          />
          <HallText
            position={[0.03, at(2), 0.002]}
            fontSize={0.024 * style.scale}
            maxWidth={0.13}
            anchorX="center"
            anchorY="middle"
            textAlign="center"
            color={style.inkSoft}
          >
            {t('tourStopOf', language, { n: tourStop + 1, total: totalStops })}
          </HallText>
          <VRButton
            id="tour-next"
            label={`${t('tourNext', language)} ›`}
            onPress={tourAction(() => useTour.getState().go(exhibition, 1))}
            position={[0.2, at(2), 0.004]}
            width={0.2}
            fontSize={0.024}
          />
          <VRButton
            id="tour-end"
            label={t('tourEnd', language)}
            onPress={() => useTour.getState().end()}
            position={[0.4, at(2), 0.004]}
            width={0.18}
            fontSize={0.024}
          />
        </>
      )}
      {label(t('display', language), at(3))}
      <VRButton
        id="text-size"
        label={t('textSizeValue', language, { percent: Math.round(preferences.textScale * 100) })}
        onPress={() => preferences.setTextScale(nextTextScale(preferences.textScale))}
        position={[-0.1, at(3), 0.004]}
        width={0.2}
        fontSize={0.026}
      />
      <VRButton
        id="high-contrast"
        label={t('highContrastState', language, { state: state(preferences.highContrast) })}
        onPress={() => preferences.setHighContrast(!preferences.highContrast)}
        position={[0.12, at(3), 0.004]}
        width={0.22}
        fontSize={0.026}
      />
      <VRButton
        id="captions"
        label={t('captionsState', language, { state: state(preferences.captions) })}
        onPress={() => preferences.setCaptions(!preferences.captions)}
        position={[0.35, at(3), 0.004]}
        width={0.22}
        fontSize={0.026}
      />
      {label(t('turning', language), at(4))}
      <VRButton
        id="turn-snap"
        label={t('snapTurn', language)}
        selected={comfort.turn === 'snap'}
        onPress={() => comfort.change({ turn: 'snap' })}
        position={[-0.05, at(4), 0.004]}
        width={0.2}
      />
      <VRButton
        id="turn-smooth"
        label={t('smoothTurn', language)}
        selected={comfort.turn === 'smooth'}
        onPress={() => comfort.change({ turn: 'smooth' })}
        position={[0.18, at(4), 0.004]}
        width={0.2}
      />
      <VRButton
        id="snap-angle"
        label={t('snapAngle', language, { degrees: comfort.snapDegrees })}
        onPress={() => comfort.change({ snapDegrees: nextAngle })}
        position={[0.39, at(4), 0.004]}
        width={0.18}
      />
      {label(t('moving', language), at(5))}
      <VRButton
        id="move-teleport"
        label={t('teleportOnly', language)}
        selected={!comfort.smoothMove}
        onPress={() => comfort.change({ smoothMove: false })}
        position={[-0.05, at(5), 0.004]}
        width={0.2}
      />
      <VRButton
        id="move-stick"
        label={t('stickWalk', language)}
        selected={comfort.smoothMove}
        onPress={() => comfort.change({ smoothMove: true })}
        position={[0.23, at(5), 0.004]}
        width={0.3}
      />
      <VRButton
        id="vignette"
        label={t('vignette', language, { state: state(comfort.vignette) })}
        onPress={() => comfort.change({ vignette: !comfort.vignette })}
        position={[-0.2, at(6), 0.004]}
        width={0.5}
      />
      <VRButton
        id="seated"
        label={t('seated', language, { state: state(comfort.seated) })}
        onPress={() => comfort.change({ seated: !comfort.seated })}
        position={[0.25, at(6), 0.004]}
        width={0.3}
      />
      <VRButton
        id="reduce-motion"
        label={t('reduceMotionState', language, { state: state(preferences.reduceMotion) })}
        onPress={() => preferences.setReduceMotion(!preferences.reduceMotion)}
        position={[-0.2, at(7), 0.004]}
        width={0.5}
      />
      {label(t('exhibitList', language), at(8))}
      <HallText
        position={[0.1, at(8), 0.002]}
        fontSize={0.026 * style.scale}
        anchorX="center"
        anchorY="middle"
        color={style.inkSoft}
      >
        {t('pageOf', language, { page: listPage + 1, pages })}
      </HallText>
      <VRButton
        id="list-previous"
        label="‹"
        onPress={() => setListPage((page) => (page + pages - 1) % pages)}
        position={[0.3, at(8), 0.004]}
        width={0.08}
      />
      <VRButton
        id="list-next"
        label="›"
        onPress={() => setListPage((page) => (page + 1) % pages)}
        position={[0.42, at(8), 0.004]}
        width={0.08}
      />
      {shown.map((exhibit, index) => (
        <VRButton
          key={exhibit.id}
          id={`exhibit:${exhibit.id}`}
          label={`${exhibit.tour}. ${exhibit.title[language]}`}
          onPress={() => visit(exhibit)}
          position={[index % 2 === 0 ? -0.24 : 0.24, at(8) - row * 1.1 * (1 + Math.floor(index / 2)), 0.004]}
          width={0.46}
          height={0.085}
          fontSize={0.024}
        />
      ))}
      <VRButton
        id="exit-vr"
        label={t('exitVR', language)}
        onPress={() => void session.end()}
        position={[0, -top + 0.07, 0.004]}
        width={0.3}
      />
    </group>
  )
}
