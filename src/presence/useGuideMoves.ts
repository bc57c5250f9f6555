import { useEffect } from 'react'
import { POSITION_SCALE } from '../content/presence'
import type { Exhibition } from '../content/schema'
import { motionWorldOf } from '../motion/world'
import { useVisit } from '../state/visitStore'
import { viewingPose } from '../world/geometry'
import { arrivalPose } from './arrival'
import { endGathering, type GuideMove, sendCommand, useGuide } from './guideStore'

/** The floor pose a move asks for, or null for a move that opens a text instead (or names no exhibit here). */
function arrivalFor(move: GuideMove, exhibition: Exhibition) {
  if (move.kind === 'show') return null
  const obstacles = motionWorldOf(exhibition).obstacles
  const exhibit = exhibition.exhibits.find((candidate) => candidate.id === move.exhibit)
  const facing = exhibit ? { x: exhibit.position[0], z: exhibit.position[1] } : null
  if (move.kind === 'arrive') return arrivalPose(move.at, move.slot, obstacles, facing)
  // Following: the guide went to stand in front of the exhibit; stand beside them there.
  return exhibit ? arrivalPose(viewingPose(exhibit), move.slot, obstacles, facing) : null
}

/**
 * The visitor's side of guiding, over the whole visit: the gathering's countdown ends on time, and each move the
 * visitor accepted (gathered, following) is made as a jump, which a headset makes through a fade, never a glide.
 * On the guide's side: while leading, each exhibit the guide opens brings the followers along.
 */
export function useGuideMoves(exhibition: Exhibition): void {
  const endsAt = useGuide((state) => state.gathering?.endsAt ?? null)
  useEffect(() => {
    if (endsAt === null) return
    const timer = setTimeout(endGathering, Math.max(0, endsAt - performance.now()))
    return () => clearTimeout(timer)
  }, [endsAt])

  useEffect(
    () =>
      useGuide.subscribe((state, previous) => {
        const move = state.move
        if (!move || move.seq === previous.move?.seq) return
        if (move.kind === 'show') {
          if (exhibition.exhibits.some((exhibit) => exhibit.id === move.exhibit)) {
            useVisit.getState().openExhibit(move.exhibit)
          }
          return
        }
        const pose = arrivalFor(move, exhibition)
        if (pose) useVisit.getState().requestTravel(pose, 'jump')
      }),
    [exhibition],
  )

  useEffect(
    () =>
      useVisit.subscribe((state, previous) => {
        const opened = state.openExhibitId
        if (!opened || opened === previous.openExhibitId || !useGuide.getState().leading) return
        sendCommand({ kind: 'arrived', exhibit: opened })
      }),
    [],
  )
}

/** The guide's pose in the protocol's units, for a gathering. */
export function spotOfPose(pose: { x: number; z: number; yaw: number }) {
  const wrapped = Math.atan2(Math.sin(pose.yaw), Math.cos(pose.yaw))
  return {
    x: Math.round(pose.x * POSITION_SCALE),
    z: Math.round(pose.z * POSITION_SCALE),
    yaw: Math.round(wrapped * 10_000),
  }
}
