import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useRef, useState } from 'react'
import { diagnostics } from '../app/diagnostics'
import { usePreferences } from '../app/preferences'
import { useVisit } from '../app/visitStore'
import type { Exhibit, Exhibition } from '../content/schema'
import { t } from '../content/uiStrings'
import { viewingPose } from '../world/geometry'
import { HallText } from '../world/HallText'
import { SNAP_ANGLES, useComfort } from './comfortStore'
import { placeInFront } from './placement'
import { markUi } from './uiTarget'
import { VRButton } from './VRButton'
import { type PanelPlacement, useVRUi } from './vrUiStore'
import { BUTTON_LOWER, BUTTON_UPPER, inputSourceOf, isPressed } from './xrInput'

const WIDTH = 1.04
const HEIGHT = 1.04
/** Exhibits per page of the list: few enough to read, and to keep the menu's draw calls low. */
const PER_PAGE = 6

/** Goes to an exhibit's stand and opens its text, as the desktop list does. */
function visit(exhibit: Exhibit) {
  useVRUi.getState().setMenuOpen(false)
  useVisit.getState().requestTravel(viewingPose(exhibit), 'jump')
  useVisit.getState().openExhibit(exhibit.id)
}

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
 * The headset visitor's menu: language, comfort options, the exhibit list to jump to any stand, and leaving VR.
 * It opens in front of the visitor, where they are looking.
 */
export function VRMenu({ exhibition, session }: { exhibition: Exhibition; session: XRSession }) {
  const camera = useThree((state) => state.camera)
  const open = useVRUi((state) => state.menuOpen)
  const language = usePreferences((state) => state.language)
  const comfort = useComfort()
  const [placement, setPlacement] = useState<PanelPlacement | null>(null)
  const [listPage, setListPage] = useState(0)
  useMenuButton(session)

  useEffect(() => {
    if (open) setPlacement(placeInFront(camera))
    diagnostics().xr.menuOpen = open
  }, [open, camera])
  useEffect(
    () => () => {
      diagnostics().xr.menuOpen = false
    },
    [],
  )

  if (!open || !placement) return null
  const byTour = [...exhibition.exhibits].sort((a, b) => a.tour - b.tour)
  const pages = Math.ceil(byTour.length / PER_PAGE)
  const shown = byTour.slice(listPage * PER_PAGE, listPage * PER_PAGE + PER_PAGE)
  const state = (on: boolean) => t(on ? 'on' : 'off', language)
  const nextAngle = SNAP_ANGLES[(SNAP_ANGLES.indexOf(comfort.snapDegrees) + 1) % SNAP_ANGLES.length] ?? 45
  const top = HEIGHT / 2
  const left = -WIDTH / 2 + 0.05
  const label = (text: string, y: number) => (
    <HallText position={[left, y, 0.002]} fontSize={0.03} anchorX="left" anchorY="middle" color="#4a5163" bold>
      {text}
    </HallText>
  )
  return (
    <group position={[placement.x, placement.y, placement.z]} rotation-y={placement.yaw} name="vr-menu">
      <mesh ref={(mesh) => markUi(mesh, { kind: 'surface' })}>
        <planeGeometry args={[WIDTH, HEIGHT]} />
        <meshBasicMaterial color="#fbfaf7" toneMapped={false} />
      </mesh>
      <HallText position={[left, top - 0.06, 0.002]} fontSize={0.045} anchorX="left" anchorY="middle" bold>
        {t('vrMenu', language)}
      </HallText>
      <VRButton
        id="menu-close"
        label={t('closePanel', language)}
        onPress={() => useVRUi.getState().setMenuOpen(false)}
        position={[0.4, top - 0.06, 0.004]}
        width={0.18}
      />
      {label(t('language', language), top - 0.16)}
      <VRButton
        id="language-zh"
        label="中文"
        selected={language === 'zh'}
        onPress={() => usePreferences.getState().setLanguage('zh')}
        position={[-0.05, top - 0.16, 0.004]}
        width={0.2}
      />
      <VRButton
        id="language-en"
        label="English"
        selected={language === 'en'}
        onPress={() => usePreferences.getState().setLanguage('en')}
        position={[0.18, top - 0.16, 0.004]}
        width={0.2}
      />
      {label(t('turning', language), top - 0.25)}
      <VRButton
        id="turn-snap"
        label={t('snapTurn', language)}
        selected={comfort.turn === 'snap'}
        onPress={() => comfort.change({ turn: 'snap' })}
        position={[-0.05, top - 0.25, 0.004]}
        width={0.2}
      />
      <VRButton
        id="turn-smooth"
        label={t('smoothTurn', language)}
        selected={comfort.turn === 'smooth'}
        onPress={() => comfort.change({ turn: 'smooth' })}
        position={[0.18, top - 0.25, 0.004]}
        width={0.2}
      />
      <VRButton
        id="snap-angle"
        label={t('snapAngle', language, { degrees: comfort.snapDegrees })}
        onPress={() => comfort.change({ snapDegrees: nextAngle })}
        position={[0.39, top - 0.25, 0.004]}
        width={0.18}
      />
      {label(t('moving', language), top - 0.34)}
      <VRButton
        id="move-teleport"
        label={t('teleportOnly', language)}
        selected={!comfort.smoothMove}
        onPress={() => comfort.change({ smoothMove: false })}
        position={[-0.05, top - 0.34, 0.004]}
        width={0.2}
      />
      <VRButton
        id="move-stick"
        label={t('stickWalk', language)}
        selected={comfort.smoothMove}
        onPress={() => comfort.change({ smoothMove: true })}
        position={[0.23, top - 0.34, 0.004]}
        width={0.3}
      />
      <VRButton
        id="vignette"
        label={t('vignette', language, { state: state(comfort.vignette) })}
        onPress={() => comfort.change({ vignette: !comfort.vignette })}
        position={[-0.2, top - 0.43, 0.004]}
        width={0.5}
      />
      <VRButton
        id="seated"
        label={t('seated', language, { state: state(comfort.seated) })}
        onPress={() => comfort.change({ seated: !comfort.seated })}
        position={[0.25, top - 0.43, 0.004]}
        width={0.3}
      />
      {label(t('exhibitList', language), top - 0.53)}
      <HallText position={[0.1, top - 0.53, 0.002]} fontSize={0.026} anchorX="center" anchorY="middle" color="#4a5163">
        {t('pageOf', language, { page: listPage + 1, pages })}
      </HallText>
      <VRButton
        id="list-previous"
        label="‹"
        onPress={() => setListPage((page) => (page + pages - 1) % pages)}
        position={[0.3, top - 0.53, 0.004]}
        width={0.08}
      />
      <VRButton
        id="list-next"
        label="›"
        onPress={() => setListPage((page) => (page + 1) % pages)}
        position={[0.42, top - 0.53, 0.004]}
        width={0.08}
      />
      {shown.map((exhibit, index) => (
        <VRButton
          key={exhibit.id}
          id={`exhibit:${exhibit.id}`}
          label={`${exhibit.tour}. ${exhibit.title[language]}`}
          onPress={() => visit(exhibit)}
          position={[index % 2 === 0 ? -0.24 : 0.24, top - 0.63 - Math.floor(index / 2) * 0.1, 0.004]}
          width={0.46}
          height={0.085}
          fontSize={0.024}
        />
      ))}
      <VRButton
        id="exit-vr"
        label={t('exitVR', language)}
        onPress={() => void session.end()}
        position={[0, -top + 0.06, 0.004]}
        width={0.3}
      />
    </group>
  )
}
