import { type Client, Room } from '@colyseus/core'
import { consoleAckSchema, deviceStatusMessageSchema } from '../../content/console'
import { type Command, commandSchema, GUIDE_COMMANDS } from '../../content/guide'
import {
  type FloorBounds,
  JOIN_CODE_ALPHABET,
  POSITION_SCALE,
  type PoseMessage,
  pingMessageSchema,
  poseFits,
  poseMessageSchema,
  profileMessageSchema,
} from '../../content/presence'
import type { DeviceRegistry } from './deviceRegistry'
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
  /** From the seat (a signed-in curator or admin), never from the socket. */
  guide: boolean
  name: string
  leading: boolean
  /** The guide this visitor follows (session id), or empty. */
  following: string
}

export interface HallRoomSettings {
  /** The published hall's floor; read when an instance starts. */
  bounds: () => FloorBounds
  instanceSize: number
  /** Seconds each visitor has to accept a gathering. */
  gatherSeconds: number
  now?: () => number
  /** The staff console's view of every device (./deviceRegistry); without it, statuses and acks are dropped. */
  devices?: DeviceRegistry
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
      this.onMessage('command', (client, raw: unknown) => {
        if (!this.admit(client)) return
        const command = commandSchema.safeParse(raw)
        if (command.success) this.command(client, command.data)
      })
      // The staff console's messages: a device's status, and its acknowledgement of a console command.
      this.onMessage('status', (client, raw: unknown) => {
        if (!this.admit(client)) return
        const status = deviceStatusMessageSchema.safeParse(raw)
        if (status.success) settings.devices?.setStatus(client.sessionId, status.data)
      })
      this.onMessage('consoleAck', (client, raw: unknown) => {
        if (!this.admit(client)) return
        const ack = consoleAckSchema.safeParse(raw)
        if (ack.success) settings.devices?.acknowledge(client.sessionId, ack.data.id, ack.data.problem)
      })
      // Unknown types (and raw bytes) count against the budget and go nowhere.
      this.onMessage('*', (client) => {
        this.admit(client)
      })
    }

    override onJoin(client: Client<VisitorData>, options: SeatOptions): void {
      client.userData = {
        guard: new FloodGuard(now),
        invisible: options.invisible,
        guide: options.guide,
        name: options.name,
        leading: false,
        following: '',
      }
      settings.devices?.join(client.sessionId, this.state.code, options.name, (event) => client.send('console', event))
      // A visitor arriving while a guide leads is invited too.
      for (const other of this.clients) {
        if (other !== client && other.userData?.leading) {
          client.send('event', { kind: 'lead', guide: other.sessionId, name: other.userData.name, on: true })
        }
      }
      if (options.invisible) return
      const visitor = new VisitorState({ name: options.name, colour: options.colour, guide: options.guide })
      // Until the first pose arrives the visitor stands at the hall's centre, below the floor: clients draw no one without a pose.
      visitor.hy = -1
      this.state.visitors.set(client.sessionId, visitor)
    }

    override onLeave(client: Client<VisitorData>): void {
      settings.devices?.leave(client.sessionId)
      if (client.userData?.leading) this.stopLeading(client)
      this.state.visitors.delete(client.sessionId)
    }

    /** A guide's or a visitor's command, from a seat that may give it; anything else is refused to its sender only. */
    private command(client: Client<VisitorData>, command: Command): void {
      const sender = client.userData
      if (!sender) return
      const guideOnly = (GUIDE_COMMANDS as readonly string[]).includes(command.kind)
      if (guideOnly && !sender.guide) {
        client.send('event', { kind: 'refused', command: command.kind, reason: 'Only a signed-in guide can do this.' })
        return
      }
      const guide = client.sessionId
      switch (command.kind) {
        case 'gather': {
          const at = { x: command.at.x / POSITION_SCALE, z: command.at.z / POSITION_SCALE }
          if (Math.abs(at.x) > this.bounds.width / 2 || Math.abs(at.z) > this.bounds.depth / 2) return
          let slot = 0
          for (const other of this.clients) {
            if (other === client) continue
            other.send('event', {
              kind: 'gather',
              guide,
              name: sender.name,
              at: command.at,
              exhibit: command.exhibit,
              slot,
              seconds: settings.gatherSeconds,
            })
            slot += 1
          }
          return
        }
        case 'lead': {
          if (!command.on) {
            this.stopLeading(client)
            return
          }
          sender.leading = true
          const visitor = this.state.visitors.get(guide)
          if (visitor) visitor.leading = true
          for (const other of this.clients) {
            if (other !== client) other.send('event', { kind: 'lead', guide, name: sender.name, on: true })
          }
          return
        }
        case 'arrived':
        case 'show': {
          if (!sender.leading) return
          let slot = 0
          for (const other of this.followersOf(guide)) {
            if (command.kind === 'show') other.send('event', { kind: 'show', guide, exhibit: command.exhibit })
            else other.send('event', { kind: 'bring', guide, exhibit: command.exhibit, slot })
            slot += 1
          }
          return
        }
        case 'follow': {
          const leader = this.clients.find((other) => other.sessionId === command.guide)
          const on = command.on && leader?.userData?.leading === true && leader !== client
          sender.following = on ? command.guide : ''
          const visitor = this.state.visitors.get(client.sessionId)
          if (visitor) visitor.following = sender.following
          client.send('event', { kind: 'following', guide: command.guide, on })
          return
        }
      }
    }

    private followersOf(guide: string): Client<VisitorData>[] {
      return this.clients.filter((other) => other.userData?.following === guide)
    }

    /** The guide stopped leading (or left): every follower is told, and follows no one. */
    private stopLeading(client: Client<VisitorData>): void {
      const guide = client.sessionId
      if (client.userData) client.userData.leading = false
      const visitor = this.state.visitors.get(guide)
      if (visitor) visitor.leading = false
      for (const other of this.clients) {
        if (other === client) continue
        if (other.userData?.following === guide) {
          other.userData.following = ''
          const follower = this.state.visitors.get(other.sessionId)
          if (follower) follower.following = ''
        }
        other.send('event', { kind: 'lead', guide, name: client.userData?.name ?? '', on: false })
      }
    }

    /** Counts one message against the sender's budget; false when it must be dropped. */
    private admit(client: Client<VisitorData>): boolean {
      const verdict = client.userData?.guard.check() ?? 'drop'
      if (verdict === 'disconnect') client.leave(CLOSE_FLOODING)
      return verdict === 'accept'
    }
  }
}
