import type { ExhibitKind } from '../content/schema'
import { STAND_DIMENSIONS } from './standDimensions'

/** Heights and sizes on a stand's face, metres, in the stand's own frame (face towards +z). */
export interface StandFace {
  baseHeight: number
  boardDepth: number
  headerHeight: number
  titleTop: number
  titleSize: number
  summaryTop: number
  summarySize: number
  textWidth: number
  image?: { centerY: number; width: number; height: number }
}

const BASE = 0.12
const BOARD_DEPTH = 0.1
const HEADER = 0.12

function face(kind: ExhibitKind): StandFace {
  const { height, width } = STAND_DIMENSIONS[kind]
  const top = height - HEADER - 0.12
  const common = { baseHeight: BASE, boardDepth: BOARD_DEPTH, headerHeight: HEADER, textWidth: width - 0.24 }
  if (kind === 'image') {
    return {
      ...common,
      titleTop: top,
      titleSize: 0.11,
      image: { centerY: top - 0.85, width: 1.44, height: 0.9 },
      summaryTop: top - 1.4,
      summarySize: 0.062,
    }
  }
  return { ...common, titleTop: top, titleSize: 0.13, summaryTop: top - 0.46, summarySize: 0.078 }
}

/** The face layout of each kind of stand, so text, images and the board agree on where things go. */
export const STAND_FACES: Record<ExhibitKind, StandFace> = {
  text: face('text'),
  image: face('image'),
  model: face('model'),
  interactive: face('interactive'),
}
