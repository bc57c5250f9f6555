import type { JoinRequest } from '../../content/presence'
import type { SeatOptions } from './hallRoom'

/** Distinct, readable on the hall's pale floor and on the dark map. */
export const AVATAR_COLOURS = ['#e4572e', '#29335c', '#17bebb', '#f3a712', '#a8c686', '#6d2e46', '#3e8ede', '#c05299']

/**
 * Names and colours for visitors who chose none: "Visitor 7", numbered in the order they arrived at this process.
 * The number means nothing beyond telling two visitors apart.
 */
export function seatPolicy() {
  let arrivals = 0
  return {
    seatFor(request: JoinRequest, guide: boolean): SeatOptions {
      arrivals += 1
      return {
        invisible: request.invisible,
        name: request.name ?? `Visitor ${arrivals}`,
        colour: request.colour ?? (AVATAR_COLOURS[arrivals % AVATAR_COLOURS.length] as string),
        guide,
      }
    },
  }
}
