import type { PageLayout } from '../../xrkit/paging'
import { textEms } from '../../xrkit/paging'

/** 1 m wide at 1.1 m: about the width of a printed page held at arm's length, text about 1.7° tall. */
export const PANEL_WIDTH = 1
export const PANEL_HEIGHT = 0.82
export const TEXT_WIDTH = PANEL_WIDTH - 0.1
export const TITLE_WIDTH = TEXT_WIDTH - 0.2
const TITLE_SIZE = 0.045
const BODY_SIZE = 0.032
export const LINE_HEIGHT = 1.45

export interface PanelLayout {
  titleSize: number
  bodySize: number
  /** Where the body text starts, below a title of however many lines, from the panel's centre. */
  bodyTop: number
  /** What one page holds at this size: ems across the column, lines down it. */
  page: PageLayout
}

/**
 * Type sizes and how much text a page holds, for a title and a text size: larger text means fewer words a page
 * and more pages, never text running off the board.
 */
export function panelLayout(title: string, scale: number): PanelLayout {
  const top = PANEL_HEIGHT / 2
  const titleSize = TITLE_SIZE * scale
  const bodySize = BODY_SIZE * scale
  const titleLines = Math.max(1, Math.ceil((textEms(title) * titleSize) / TITLE_WIDTH))
  const bodyTop = top - 0.05 - titleLines * titleSize * 1.25 - 0.03
  // Room down to the page buttons (their height grows with the text), kept two lines short of full: wrapping
  // at word ends takes more room than the estimate.
  const bottom = -top + 0.06 + 0.035 * scale + 0.015
  const lines = Math.max(3, Math.floor((bodyTop - bottom) / (bodySize * LINE_HEIGHT)) - 2)
  return { titleSize, bodySize, bodyTop, page: { lineEms: Math.floor(TEXT_WIDTH / bodySize) - 2, lines } }
}
