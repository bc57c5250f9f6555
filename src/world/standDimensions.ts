import type { ExhibitKind } from '../content/schema'

export interface StandDimensions {
  /** Footprint across the stand's face, metres. */
  width: number
  /** Footprint front to back, metres. */
  depth: number
  /** Height of the board's top edge above the floor, metres. */
  height: number
}

/** One entry per kind: a new kind does not compile until it has a stand. */
export const STAND_DIMENSIONS: Record<ExhibitKind, StandDimensions> = {
  text: { width: 2, depth: 0.3, height: 2.2 },
  image: { width: 2, depth: 0.3, height: 2.5 },
  model: { width: 1.2, depth: 1.2, height: 1.1 },
  interactive: { width: 1.6, depth: 0.9, height: 2.3 },
}

/** Where a visitor stands to read a stand: this far in front of its face, metres. */
export const VIEWING_DISTANCE = 2.4

/** Eye height of a standing adult, metres. */
export const EYE_HEIGHT = 1.6
