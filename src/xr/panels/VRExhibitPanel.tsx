import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef, useState } from 'react'
import { VRCaption } from '../../captions/CaptionsVR'
import type { Exhibition } from '../../content/schema'
import { t } from '../../content/uiStrings'
import { VRInteractive } from '../../exhibits/VRInteractive'
import { placeInFront } from '../../motion/inFront'
import type { Rig } from '../../motion/rig'
import { usePreferences } from '../../state/preferences'
import { useVisit } from '../../state/visitStore'
import { HallText } from '../../world/HallText'
import { useShown } from '../../xrkit/shownStore'
import { markUi } from '../../xrkit/uiTarget'
import { VRButton } from '../../xrkit/VRButton'
import { useVRStyle } from '../../xrkit/vrStyle'
import { useVRUi } from '../../xrkit/vrUiStore'
import { exhibitPages } from './exhibitPages'
import { LINE_HEIGHT, PANEL_HEIGHT, PANEL_WIDTH, panelLayout, TEXT_WIDTH, TITLE_WIDTH } from './panelLayout'
import { VRPanelToolbar } from './VRPanelToolbar'

/**
 * An interactive exhibit's board stands to the right of the text, turned in towards the visitor; the pair is then
 * moved left by half the board so that both sit in front of the visitor rather than the text alone.
 */
const BOARD_POSITION: [number, number, number] = [PANEL_WIDTH / 2 + 0.45, 0, 0.15]
const BOARD_YAW = -0.45
const PAIR_SHIFT = -0.45

/**
 * The open exhibit's full text as a panel in the hall: dark text on a light board, paged (a headset visitor cannot
 * scroll comfortably), with previous/next and close buttons, the narration's captions below it and its narration
 * and tour controls above. It opens in front of the visitor; text size and contrast follow their display choices.
 */
export function VRExhibitPanel({ exhibition, rig }: { exhibition: Exhibition; rig: Rig }) {
  const camera = useThree((state) => state.camera)
  const language = usePreferences((state) => state.language)
  const style = useVRStyle()
  const openId = useVisit((state) => state.openExhibitId)
  const menuOpen = useVRUi((state) => state.menuOpen)
  const [placement, setPlacement] = useState<ReturnType<typeof placeInFront> | null>(null)
  const [page, setPage] = useState(0)
  const pendingPlacement = useRef(false)
  const exhibit = exhibition.exhibits.find((candidate) => candidate.id === openId)
  const layout = useMemo(() => panelLayout(exhibit?.title[language] ?? '', style.scale), [exhibit, language, style])
  const pages = useMemo(
    () => (exhibit ? exhibitPages(exhibit, exhibition, language, layout.page) : [[]]),
    [exhibit, exhibition, language, layout],
  )

  // A newly opened exhibit starts at its first page, in front of wherever the visitor's head will be.
  useEffect(() => {
    setPage(0)
    pendingPlacement.current = openId !== null
  }, [openId])
  useEffect(() => setPage((current) => Math.min(current, pages.length - 1)), [pages])

  useFrame(() => {
    // Wait for a fade, teleport or jump to finish: the head's pose must have caught up first.
    const moving = rig.arrival || rig.fade.pending || rig.frames - rig.movedAtFrame < 2
    if (!pendingPlacement.current || moving) return
    pendingPlacement.current = false
    setPlacement(placeInFront(camera))
  })

  const text = (pages[page] ?? []).join('\n\n')
  const shown = exhibit && placement && !menuOpen
  // What the panel shows, for whoever needs to know (the test report among them).
  useEffect(() => {
    const panel =
      shown && exhibit
        ? {
            exhibitId: exhibit.id,
            title: exhibit.title[language],
            text,
            page: page + 1,
            pages: pages.length,
            style: { fontSize: layout.bodySize, ink: style.ink, paper: style.paper },
          }
        : null
    useShown.getState().show({ panel })
  }, [shown, exhibit, language, text, page, pages.length, layout, style])
  useEffect(() => () => useShown.getState().show({ panel: null }), [])

  if (!shown) return null
  const close = () => useVisit.getState().openExhibit(null)
  const top = PANEL_HEIGHT / 2
  return (
    <group position={[placement.x, placement.y, placement.z]} rotation-y={placement.yaw} name="vr-exhibit-panel">
      <group position-x={exhibit.interactive ? PAIR_SHIFT : 0}>
        <mesh ref={(mesh) => markUi(mesh, { kind: 'surface' })}>
          <planeGeometry args={[PANEL_WIDTH, PANEL_HEIGHT]} />
          <meshBasicMaterial color={style.paper} toneMapped={false} />
        </mesh>
        <HallText
          position={[-TEXT_WIDTH / 2, top - 0.05, 0.002]}
          fontSize={layout.titleSize}
          maxWidth={TITLE_WIDTH}
          anchorX="left"
          anchorY="top"
          color={style.ink}
          bold
        >
          {exhibit.title[language]}
        </HallText>
        <HallText
          position={[-TEXT_WIDTH / 2, layout.bodyTop, 0.002]}
          fontSize={layout.bodySize}
          maxWidth={TEXT_WIDTH}
          anchorX="left"
          anchorY="top"
          lineHeight={LINE_HEIGHT}
          color={style.ink}
        >
          {text}
        </HallText>
        <VRButton
          id="panel-close"
          label={t('closePanel', language)}
          onPress={close}
          position={[0.38, top - 0.06, 0.004]}
          width={0.2}
        />
        {pages.length > 1 && (
          <>
            <VRButton
              id="panel-previous"
              label={t('previousPage', language)}
              onPress={() => setPage((current) => Math.max(0, current - 1))}
              position={[-0.32, -top + 0.06, 0.004]}
            />
            <HallText
              position={[0, -top + 0.06, 0.002]}
              fontSize={0.03 * Math.min(style.scale, 1.25)}
              anchorX="center"
              anchorY="middle"
              color={style.inkSoft}
            >
              {t('pageOf', language, { page: page + 1, pages: pages.length })}
            </HallText>
            <VRButton
              id="panel-next"
              label={t('nextPage', language)}
              onPress={() => setPage((current) => Math.min(pages.length - 1, current + 1))}
              position={[0.32, -top + 0.06, 0.004]}
            />
          </>
        )}
        <VRPanelToolbar exhibition={exhibition} y={top + 0.02 + (0.07 * style.scale + 0.03) / 2} />
        <VRCaption top={-top - 0.02} />
        {exhibit.interactive && (
          <VRInteractive
            key={exhibit.id}
            type={exhibit.interactive.type}
            language={language}
            position={BOARD_POSITION}
            yaw={BOARD_YAW}
          />
        )}
      </group>
    </group>
  )
}
