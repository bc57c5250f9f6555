import type { Exhibit } from './schema'

/** The exhibits in the order the curators set for the tour (the `tour` number of each). */
export const inTourOrder = <T extends Pick<Exhibit, 'tour'>>(exhibits: readonly T[]): T[] =>
  [...exhibits].sort((a, b) => a.tour - b.tour)
