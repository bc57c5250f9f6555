import { create } from 'zustand'
import type { Command, GuideEvent } from '../content/guide'
import { ANGLE_SCALE, POSITION_SCALE } from '../content/presence'
import type { FloorPose } from '../state/floorPose'

/** A guide's call to gather: where they stand, what they face, this visitor's slot beside them. */
export interface Gathering {
  guide: string
  name: string
  at: FloorPose
  exhibit: string | null
  slot: number
  /** performance.now() when the countdown ends and those who accepted arrive together. */
  endsAt: number
  accepted: boolean
}

/** A move the visitor's client must make: arrive beside the guide (gather, follow) or open an exhibit (show). */
export type GuideMove =
  /** Gathered: beside where the guide stood, facing what they faced. */
  | { kind: 'arrive'; at: FloorPose; exhibit: string | null; slot: number; seq: number }
  /** Following: beside the exhibit the guide moved to, facing it. */
  | { kind: 'bring'; exhibit: string; slot: number; seq: number }
  | { kind: 'show'; exhibit: string; seq: number }

interface GuideState {
  gathering: Gathering | null
  /** A leading guide's invitation this visitor has not answered. */
  invitation: { guide: string; name: string } | null
  /** The guide this visitor follows. */
  following: { guide: string; name: string } | null
  /** Guides leading now, by session id, with their names: visitors always see who leads. */
  leaders: Record<string, string>
  /** This visitor is a guide and leads. */
  leading: boolean
  /** The last move to make; `seq` grows so the same move twice is made twice. */
  move: GuideMove | null
  /** The server refused one of this visitor's commands (a visitor's client sending a guide's). */
  refused: string
  accept: () => void
  decline: () => void
  clear: () => void
}

/** Where commands go: the connection sets it while joined (./connection.ts). */
let sink: ((command: Command) => void) | null = null
export function setCommandSink(next: ((command: Command) => void) | null): void {
  sink = next
}
/** Sends a command to the instance; false when not connected (the caller says so). */
export function sendCommand(command: Command): boolean {
  if (!sink) return false
  sink(command)
  return true
}

const spotOf = (at: { x: number; z: number; yaw: number }): FloorPose => ({
  x: at.x / POSITION_SCALE,
  z: at.z / POSITION_SCALE,
  yaw: at.yaw / ANGLE_SCALE,
})

const initial = {
  gathering: null,
  invitation: null,
  following: null,
  leaders: {},
  leading: false,
  move: null,
  refused: '',
}

export const useGuide = create<GuideState>()((set, get) => ({
  ...initial,
  // Accepting the current prompt: a gathering (arrive when the countdown ends) or an invitation to follow.
  accept: () => {
    const { gathering, invitation } = get()
    if (gathering) return set({ gathering: { ...gathering, accepted: true } })
    if (invitation) sendCommand({ kind: 'follow', guide: invitation.guide, on: true })
  },
  decline: () => {
    const { gathering, invitation, following } = get()
    if (gathering) return set({ gathering: null })
    if (invitation) return set({ invitation: null })
    if (following) {
      sendCommand({ kind: 'follow', guide: following.guide, on: false })
      set({ following: null })
    }
  },
  clear: () => set(initial),
}))

const nextSeq = () => (useGuide.getState().move?.seq ?? 0) + 1

/** What an `event` from the server does to this visitor's guide state. Nothing here moves anyone by itself. */
export function applyGuideEvent(event: GuideEvent, now: number): void {
  const state = useGuide.getState()
  switch (event.kind) {
    case 'gather':
      useGuide.setState({
        gathering: {
          guide: event.guide,
          name: event.name,
          at: spotOf(event.at),
          exhibit: event.exhibit,
          slot: event.slot,
          endsAt: now + event.seconds * 1000,
          accepted: false,
        },
      })
      return
    case 'lead': {
      const leaders = { ...state.leaders }
      if (event.on) leaders[event.guide] = event.name
      else delete leaders[event.guide]
      const followingThem = state.following?.guide === event.guide
      useGuide.setState({
        leaders,
        invitation: event.on && !followingThem ? { guide: event.guide, name: event.name } : null,
        following: !event.on && followingThem ? null : state.following,
      })
      return
    }
    case 'following':
      useGuide.setState({
        invitation: null,
        following: event.on ? { guide: event.guide, name: state.leaders[event.guide] ?? '' } : null,
      })
      return
    case 'bring':
    case 'show':
      // Only for the guide this visitor chose to follow; anything else is stale and ignored.
      if (state.following?.guide !== event.guide) return
      useGuide.setState({
        move:
          event.kind === 'show'
            ? { kind: 'show', exhibit: event.exhibit, seq: nextSeq() }
            : { kind: 'bring', exhibit: event.exhibit, slot: event.slot, seq: nextSeq() },
      })
      return
    case 'refused':
      useGuide.setState({ refused: event.reason })
      return
  }
}

/** The countdown has ended: those who accepted arrive (the move), everyone's prompt closes. */
export function endGathering(): void {
  const { gathering } = useGuide.getState()
  if (!gathering) return
  useGuide.setState({
    gathering: null,
    move: gathering.accepted
      ? { kind: 'arrive', at: gathering.at, exhibit: gathering.exhibit, slot: gathering.slot, seq: nextSeq() }
      : useGuide.getState().move,
  })
}
