import { type Client, Room } from '@colyseus/core'
import {
  type FloorBounds,
  JOIN_CODE_ALPHABET,
  type PoseMessage,
  pingMessageSchema,
  poseFits,
  poseMessageSchema,
  profileMessageSchema,
} from '../../content/presence'
import { FloodGuard } from './floodGuard'
import { HallState, newVisitorMap, VisitorState } from './presenceState'

/** Close code for a sender that kept flooding after its messages were dropped. */
export const CLOSE_FLOODING = 4008

/** What the join route decided for this visitor, carried in the seat reservation (never from the socket). */
export interface SeatOptions {
  invisible: boolean
  name: string
  colour: string
  guide: boolean
}

interface VisitorData {
  guard: FloodGuard
  invisible: boolean
}

export interface HallRoomSettings {
  /** The published hall's floor; read when an instance starts. */
  bounds: () => FloorBounds
  instanceSize: number
  now?: () => number
}

function newJoinCode(): string {
  let code = ''
  for (let i = 0; i < 5; i++) code += JOIN_CODE_ALPHABET[Math.floor(Math.random() * JOIN_CODE_ALPHABET.length)]
  return code
}

function applyPose(visitor: VisitorState, pose: PoseMessage): void {
  visitor.mode = pose.mode === 'vr' ? 1 : 0
  ;[visitor.hx, visitor.hy, visitor.hz] = pose.head
  visitor.yaw = pose.yaw
  visitor.pitch = pose.pitch
  visitor.hands = pose.left !== undefined || pose.right !== undefined
  if (pose.left) [visitor.lx, visitor.ly, visitor.lz] = pose.left
  if (pose.right) [visitor.rx, visitor.ry, visitor.rz] = pose.right
}

/**
 * One hall instance: up to `instanceSize` visitors who see each other. Every message is counted against the
 * sender's flood budget, then parsed by its schema; anything malformed or out of the hall is dropped silently, so
 * nothing a hostile client sends reaches another visitor except a valid pose or profile of its own.
 */
export function hallRoomClass(settings: HallRoomSettings) {
  const now = settings.now ?? (() => Date.now())
  return class HallRoom extends Room<HallState, { code: string }, VisitorData> {
    override maxClients = settings.instanceSize
    // 20 patches a second: poses arrive at 15 Hz, so each patch carries at most one new pose per visitor.
    override patchRate = 50
    private bounds: FloorBounds = settings.bounds()

    override onCreate(): void {
      const code = newJoinCode()
      this.setState(new HallState({ code, visitors: newVisitorMap() }))
      void this.setMetadata({ code })

      this.onMessage('pose', (client, raw: unknown) => {
        if (!this.admit(client)) return
        const pose = poseMessageSchema.safeParse(raw)
        if (!pose.success || !poseFits(pose.data, this.bounds)) return
        const visitor = this.state.visitors.get(client.sessionId)
        if (visitor) applyPose(visitor, pose.data)
      })
      this.onMessage('profile', (client, raw: unknown) => {
        if (!this.admit(client)) return
        const profile = profileMessageSchema.safeParse(raw)
        const visitor = this.state.visitors.get(client.sessionId)
        if (!profile.success || !visitor) return
        visitor.name = profile.data.name
        visitor.colour = profile.data.colour
      })
      this.onMessage('ping', (client, raw: unknown) => {
        if (!this.admit(client)) return
        const ping = pingMessageSchema.safeParse(raw)
        if (ping.success) client.send('pong', { t: ping.data.t, server: now() })
      })
      // Unknown types (and raw bytes) count against the budget and go nowhere.
      this.onMessage('*', (client) => {
        this.admit(client)
      })
    }

    override onJoin(client: Client<VisitorData>, options: SeatOptions): void {
      client.userData = { guard: new FloodGuard(now), invisible: options.invisible }
      if (options.invisible) return
      const visitor = new VisitorState({ name: options.name, colour: options.colour, guide: options.guide })
      // Until the first pose arrives the visitor stands at the hall's centre, below the floor: clients draw no one without a pose.
      visitor.hy = -1
      this.state.visitors.set(client.sessionId, visitor)
    }

    override onLeave(client: Client<VisitorData>): void {
      this.state.visitors.delete(client.sessionId)
    }

    /** Counts one message against the sender's budget; false when it must be dropped. */
    private admit(client: Client<VisitorData>): boolean {
      const verdict = client.userData?.guard.check() ?? 'drop'
      if (verdict === 'disconnect') client.leave(CLOSE_FLOODING)
      return verdict === 'accept'
    }
  }
}
