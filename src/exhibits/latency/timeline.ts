import { DELAY_RANGE, EVENT_GAP_MS, JITTER_RANGE } from './model'

/** The timeline's right edge in both views: the latest any delivery can arrive. */
export const TIMELINE_MS = DELAY_RANGE.max + JITTER_RANGE.max + EVENT_GAP_MS
