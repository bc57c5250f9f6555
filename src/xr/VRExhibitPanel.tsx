import { useFrame, useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef, useState } from 'react'
import { diagnostics } from '../app/diagnostics'
import { usePreferences } from '../app/preferences'
import { useVisit } from '../app/visitStore'
import type { Exhibition } from '../content/schema'
import { t } from '../content/uiStrings'
import { VRInteractive } from '../exhibits/VRInteractive'
import { HallText } from '../world/HallText'
import { exhibitPages } from './exhibitPages'
import { placeInFront } from './placement'
import type { Rig } from './rig'
import { markUi } from './uiTarget'
import { VRButton } from './VRButton'
import { useVRUi } from './vrUiStore'

/** 1 m wide at 1.1 m: about the width of a printed page held at arm's length, text about 1.7° tall. */
const WIDTH = 1
const HEIGHT = 0.82
const BODY_SIZE = 0.032
const LINE_HEIGHT = 1.45
const TEXT_WIDTH = WIDTH - 0.1
/** What one page holds: ems across the text column, and lines down it (kept a line short of full, to be safe). */
const LAYOUT = { lineEms: Math.floor(TEXT_WIDTH / BODY_SIZE) - 2, lines: 10 }
/**
 * An interactive exhibit's board stands to the right of the text, turned in towards the visitor; the pair is then
 * moved left by half the board so that both sit in front of the visitor rather than the text alone.
 */
const BOARD_POSITION: [number, number, number] = [WIDTH / 2 + 0.45, 0, 0.15]
const BOARD_YAW = -0.45
const PAIR_SHIFT = -0.45

/**
 * The open exhibit's full text as a panel in the hall: dark text on a light board, paged (a headset visitor cannot
 * scroll comfortably), with previous/next and close buttons. It opens in front of the visitor.
 */
export function VRExhibitPanel({ exhibition, rig }: { exhibition: Exhibition; rig: Rig }) {
  const camera = useThree((state) => state.camera)
  const language = usePreferences((state) => state.language)
  const openId = useVisit((state) => state.openExhibitId)
  const menuOpen = useVRUi((state) => state.menuOpen)
  const [placement, setPlacement] = useState<ReturnType<typeof placeInFront> | null>(null)
  const [page, setPage] = useState(0)
  const pendingPlacement = useRef(false)
  const exhibit = exhibition.exhibits.find((candidate) => candidate.id === openId)
  const pages = useMemo(
    () => (exhibit ? exhibitPages(exhibit, exhibition, language, LAYOUT) : [[]]),
    [exhibit, exhibition, language],
  )

  // A newly opened exhibit starts at its first page, in front of wherever the visitor's head will be.
  useEffect(() => {
    setPage(0)
    pendingPlacement.current = openId !== null
  }, [openId])
  useEffect(() => setPage((current) => Math.min(current, pages.length - 1)), [pages])

  useFrame(() => {
    // Wait a couple of frames after a teleport or jump: the head's pose must have caught up first.
    if (!pendingPlacement.current || rig.arrival || rig.frames - rig.movedAtFrame < 2) return
    pendingPlacement.current = false
    setPlacement(placeInFront(camera))
  })

  const text = (pages[page] ?? []).join('\n\n')
  const shown = exhibit && placement && !menuOpen
  useEffect(() => {
    diagnostics().xr.panel =
      shown && exhibit
        ? { exhibitId: exhibit.id, title: exhibit.title[language], text, page: page + 1, pages: pages.length }
        : null
  }, [shown, exhibit, language, text, page, pages.length])
  useEffect(
    () => () => {
      diagnostics().xr.panel = null
    },
    [],
  )

  if (!shown) return null
  const close = () => useVisit.getState().openExhibit(null)
  const top = HEIGHT / 2
  return (
    <group position={[placement.x, placement.y, placement.z]} rotation-y={placement.yaw} name="vr-exhibit-panel">
      <group position-x={exhibit.interactive ? PAIR_SHIFT : 0}>
        <mesh ref={(mesh) => markUi(mesh, { kind: 'surface' })}>
          <planeGeometry args={[WIDTH, HEIGHT]} />
          <meshBasicMaterial color="#fbfaf7" toneMapped={false} />
        </mesh>
        <HallText
          position={[-TEXT_WIDTH / 2, top - 0.05, 0.002]}
          fontSize={0.045}
          maxWidth={TEXT_WIDTH - 0.2}
          anchorX="left"
          anchorY="top"
          bold
        >
          {exhibit.title[language]}
        </HallText>
        <HallText
          position={[-TEXT_WIDTH / 2, top - 0.17, 0.002]}
          fontSize={BODY_SIZE}
          maxWidth={TEXT_WIDTH}
          anchorX="left"
          anchorY="top"
          lineHeight={LINE_HEIGHT}
          color="#1d2433"
        >
          {text}
        </HallText>
        {exhibit.interactive && (
          <VRInteractive
            key={exhibit.id}
            type={exhibit.interactive.type}
            language={language}
            position={BOARD_POSITION}
            yaw={BOARD_YAW}
          />
        )}
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
              fontSize={0.03}
              anchorX="center"
              anchorY="middle"
              color="#4a5163"
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
      </group>
    </group>
  )
}
