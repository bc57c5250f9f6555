import type { Exhibit, Exhibition, Language } from '../content/schema'
import { t } from '../content/uiStrings'
import { exhibitYaw } from './geometry'
import { STAND_DIMENSIONS } from './standDimensions'
import { STAND_FACES } from './standLayout'

/** The visitor's display choices for the words on the stands. */
export interface StandDisplay {
  /** Multiplies the summary's size; it wraps onto more lines of the board. */
  textScale: number
  /** Pure black text instead of the softer greys. */
  highContrast: boolean
}

export const DEFAULT_DISPLAY: StandDisplay = { textScale: 1, highContrast: false }

/**
 * One piece of 3D text in the hall, placed in hall coordinates: the same list is drawn either as one batch (one draw
 * call for all of it) or as separate meshes, so both agree on every position and size.
 */
export interface TextItem {
  /** Stable and unique in the hall. */
  key: string
  text: string
  bold: boolean
  position: [number, number, number]
  /** Turn about the vertical axis, radians: 0 faces south (+z). */
  yaw: number
  fontSize: number
  color: string
  maxWidth?: number
  anchorX: 'left' | 'center'
  anchorY: 'top' | 'middle' | 'bottom'
  textAlign: 'left' | 'center'
  /** Line spacing as a multiple of the font size; the font's own when omitted. */
  lineHeight?: number
  /** Set on small print: drawn only when the viewer is near this floor point (see HallTextBatch's LOD). */
  near?: [number, number]
}

/** The default ink, as drei's text and the hall's own HallText draw it. */
export const INK = '#1d2433'

const BASE: Omit<TextItem, 'key' | 'text' | 'position' | 'fontSize'> = {
  bold: false,
  yaw: 0,
  color: INK,
  anchorX: 'center',
  anchorY: 'middle',
  textAlign: 'left',
}

/** A point given in a frame at (x, z) turned by `yaw`, in hall coordinates. */
function place(x: number, z: number, yaw: number, local: [number, number, number]): [number, number, number] {
  const cos = Math.cos(yaw)
  const sin = Math.sin(yaw)
  return [x + local[0] * cos + local[2] * sin, local[1], z - local[0] * sin + local[2] * cos]
}

/** The words on the front of one stand: its tour number on the header band, its title and its summary. */
export function standTextItems(exhibit: Exhibit, language: Language, display: StandDisplay): TextItem[] {
  const face = STAND_FACES[exhibit.kind]
  const ink = display.highContrast ? '#000000' : undefined
  const front = face.boardDepth / 2 + 0.004
  const headerY = STAND_DIMENSIONS[exhibit.kind].height - face.headerHeight / 2
  const yaw = exhibitYaw(exhibit)
  const at = (local: [number, number, number]) => place(exhibit.position[0], exhibit.position[1], yaw, local)
  return [
    {
      ...BASE,
      key: `${exhibit.id}:tour`,
      text: String(exhibit.tour).padStart(2, '0'),
      bold: true,
      position: at([0, headerY, front + 0.008]),
      yaw,
      fontSize: 0.075,
      color: '#ffffff',
    },
    {
      ...BASE,
      key: `${exhibit.id}:title`,
      text: exhibit.title[language],
      bold: true,
      position: at([0, face.titleTop, front]),
      yaw,
      fontSize: face.titleSize,
      maxWidth: face.textWidth,
      color: ink ?? INK,
      anchorY: 'top',
      textAlign: 'center',
      lineHeight: 1.2,
    },
    {
      ...BASE,
      key: `${exhibit.id}:summary`,
      text: exhibit.summary[language],
      position: at([-face.textWidth / 2, face.summaryTop, front]),
      yaw,
      fontSize: face.summarySize * display.textScale,
      maxWidth: face.textWidth,
      color: ink ?? '#2e3545',
      anchorX: 'left',
      anchorY: 'top',
      lineHeight: 1.45,
      near: [exhibit.position[0], exhibit.position[1]],
    },
  ]
}

/** Banners hang over each zone's middle, this high and this thick. */
export const BANNER = { width: 3.2, height: 0.9, depth: 0.06, y: 3.9 }

/** The zone that holds the entrance: it gets the exhibition's title instead of a banner. */
export function lobbyOf(exhibition: Exhibition) {
  const [ex, ez] = exhibition.hall.entrance.position
  return exhibition.hall.zones.find(
    (zone) => ex >= zone.area[0][0] && ex <= zone.area[1][0] && ez >= zone.area[0][1] && ez <= zone.area[1][1],
  )
}

/** Where each zone's banner hangs, with its colour, for every zone but the lobby. */
export function bannersOf(exhibition: Exhibition) {
  const lobby = lobbyOf(exhibition)
  return exhibition.hall.zones
    .filter((zone) => zone !== lobby)
    .map((zone) => ({
      zone,
      x: (zone.area[0][0] + zone.area[1][0]) / 2,
      z: (zone.area[0][1] + zone.area[1][1]) / 2,
    }))
}

/** Zone names on both faces of their banners, the exhibition's title facing the entrance, and the entrance sign. */
export function signageTextItems(exhibition: Exhibition, language: Language): TextItem[] {
  const { hall } = exhibition
  const [ex, ez] = hall.entrance.position
  const lobby = lobbyOf(exhibition)
  // The title faces whoever comes in: a few metres ahead of the entrance, high on the far wall of the lobby.
  const titleZ = lobby ? Math.min(lobby.area[0][1], lobby.area[1][1]) + 0.16 : ez - 6
  const face = BANNER.depth / 2 + 0.005
  const banners = bannersOf(exhibition).flatMap(({ zone, x, z }) =>
    [0, Math.PI].map(
      (yaw): TextItem => ({
        ...BASE,
        key: `banner:${zone.id}:${yaw}`,
        text: zone.title[language],
        bold: true,
        position: place(x, z, yaw, [0, BANNER.y, face]),
        yaw,
        fontSize: 0.4,
        color: '#ffffff',
      }),
    ),
  )
  return [
    ...banners,
    {
      ...BASE,
      key: 'title',
      text: exhibition.title[language],
      bold: true,
      position: [ex, 3.75, titleZ],
      fontSize: 0.4,
      maxWidth: 16,
      anchorY: 'bottom',
      textAlign: 'center',
    },
    {
      ...BASE,
      key: 'subtitle',
      text: exhibition.subtitle[language],
      position: [ex, 3.6, titleZ],
      fontSize: 0.15,
      maxWidth: 8,
      lineHeight: 1.35,
      anchorY: 'top',
      textAlign: 'center',
      color: '#3a4152',
    },
    {
      ...BASE,
      key: 'entrance',
      text: t('welcome', language),
      bold: true,
      position: [ex, 3.35, hall.depth / 2 - 0.17],
      yaw: Math.PI,
      fontSize: 0.22,
      color: '#3a4152',
    },
  ]
}

/** Every word drawn in the hall itself (not the focus hint or VR panels), in a stable order. */
export function hallTextItems(exhibition: Exhibition, language: Language, display: StandDisplay): TextItem[] {
  return [
    ...exhibition.exhibits.flatMap((exhibit) => standTextItems(exhibit, language, display)),
    ...signageTextItems(exhibition, language),
  ]
}
