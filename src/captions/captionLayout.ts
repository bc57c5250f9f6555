/**
 * The caption strip under a headset panel, at text size 100%: its text column, in metres, and the type size.
 * One caption (a sentence) must fit in CAPTION_LINES lines of it; the content check holds every narration to that.
 */
export const CAPTION_WIDTH = 0.96
export const CAPTION_FONT_SIZE = 0.032
export const CAPTION_LINES = 3
/** Ems of a full-width character that one caption line holds (a little short of full, as the panel pages are). */
export const CAPTION_LINE_EMS = Math.floor(CAPTION_WIDTH / CAPTION_FONT_SIZE)
