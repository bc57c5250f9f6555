import type { Server as HttpServer, IncomingMessage } from 'node:http'
import { connect } from 'node:net'
import type { Duplex } from 'node:stream'
import { matchMaker, Server } from '@colyseus/core'
import { RedisDriver } from '@colyseus/redis-driver'
import { RedisPresence } from '@colyseus/redis-presence'
import { WebSocketTransport } from '@colyseus/ws-transport'
import { DEFAULT_GATHER_SECONDS } from '../../content/guide'
import type { FloorBounds, JoinRequest } from '../../content/presence'
import { DeviceRegistry } from './deviceRegistry'
import { hallRoomClass, type SeatOptions } from './hallRoom'
import { seatPolicy } from './seatPolicy'

/** The socket path on the hall's own origin: `/presence/<process id>/<room id>`. */
export const PRESENCE_PATH = '/presence'
const ROOM_NAME = 'hall'
/** Where each process can be reached by its peers, so a socket that lands on the wrong one is passed along. */
const ADDRESSES_KEY = 'metaverse-hall:presence-addresses'

export type JoinOutcome =
  | { kind: 'joined'; code: string; reservation: matchMaker.SeatReservation }
  | { kind: 'unknown-code' }
  | { kind: 'full' }

export interface PresenceService {
  /** Reserves a seat: in the instance of `request.code`, or the first with room (a new one when all are full). */
  join(request: JoinRequest, guide: boolean): Promise<JoinOutcome>
  /** Serves the sockets of the hall's HTTP server; `address` is how peers reach it (host:port). */
  attach(server: HttpServer, address: string): void
  shutdown(): Promise<void>
  /** Every device connected to this process's instances, for the staff console (see ./deviceRegistry). */
  devices: DeviceRegistry
}

export interface PresenceOptions {
  bounds: () => FloorBounds
  /** Visitors per instance; the next one starts a new instance. */
  instanceSize: number
  /** How long visitors have to accept a gathering; 5 s unless staff set it (GATHER_COUNTDOWN_SECONDS). */
  gatherSeconds?: number
  /** With a Redis URL, instances spread over every process using the same Redis; without, all stay in this one. */
  redisUrl?: string
}

/** Ties a socket that arrived at a peer's room to that peer: the bytes are piped both ways unchanged. */
function forward(req: IncomingMessage, socket: Duplex, head: Buffer, address: string): void {
  const [host, port] = [address.slice(0, address.lastIndexOf(':')), Number(address.slice(address.lastIndexOf(':') + 1))]
  const upstream = connect(port, host, () => {
    let lines = `${req.method} ${req.url} HTTP/1.1\r\n`
    for (let i = 0; i < req.rawHeaders.length; i += 2) lines += `${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`
    upstream.write(`${lines}\r\n`)
    if (head.length > 0) upstream.write(head)
    socket.pipe(upstream).pipe(socket)
  })
  upstream.on('error', () => socket.destroy())
  socket.on('error', () => upstream.destroy())
}

/** The hall's realtime engine (Colyseus), on the same HTTP server and origin as everything else. */
export function startPresence(options: PresenceOptions): PresenceService {
  const presence = options.redisUrl ? new RedisPresence(options.redisUrl) : undefined
  const driver = options.redisUrl ? new RedisDriver(options.redisUrl) : undefined
  // No server of its own and no HTTP routes of its own: the hall's server hands it the upgrades on PRESENCE_PATH,
  // and matchmaking goes through the hall's API (sign-in, CSRF and security headers apply).
  const transport = new WebSocketTransport({ noServer: true, pingInterval: 0, maxPayload: 2048 })
  const engine = new Server({ transport, presence, driver, greet: false, gracefullyShutdown: false })
  const devices = new DeviceRegistry()
  engine.define(
    ROOM_NAME,
    hallRoomClass({
      bounds: options.bounds,
      instanceSize: options.instanceSize,
      gatherSeconds: options.gatherSeconds ?? DEFAULT_GATHER_SECONDS,
      devices,
    }),
  )
  const policy = seatPolicy()
  const ready = matchMaker.accept()
  const wss = (transport as unknown as { wss: import('ws').WebSocketServer }).wss

  return {
    devices,
    async join(request, guide) {
      await ready
      const seat: SeatOptions = policy.seatFor(request, guide)
      if (!request.code) {
        const reservation = await matchMaker.joinOrCreate(ROOM_NAME, seat)
        return { kind: 'joined', code: String(reservation.room.metadata?.code ?? ''), reservation }
      }
      const rooms = await matchMaker.query({ name: ROOM_NAME })
      const room = rooms.find((candidate) => candidate.metadata?.code === request.code)
      if (!room) return { kind: 'unknown-code' }
      if (room.locked || room.clients >= room.maxClients) return { kind: 'full' }
      try {
        const reservation = await matchMaker.joinById(room.roomId, seat)
        return { kind: 'joined', code: String(request.code), reservation }
      } catch {
        return { kind: 'full' }
      }
    },

    attach(server, address) {
      void ready.then(() => matchMaker.presence.hset(ADDRESSES_KEY, matchMaker.processId, address))
      // Sockets that stop answering pings are closed, so a vanished headset leaves its instance.
      const heartbeat = setInterval(() => {
        for (const client of wss.clients) {
          const raw = client as typeof client & { pingCount?: number }
          if ((raw.pingCount ?? 0) >= 3) {
            client.terminate()
            continue
          }
          raw.pingCount = (raw.pingCount ?? 0) + 1
          client.ping()
        }
      }, 4000)
      server.on('close', () => clearInterval(heartbeat))
      server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        const path = new URL(req.url ?? '/', 'http://hall').pathname
        const match = path.match(/^\/presence\/([a-zA-Z0-9_-]+)\/([a-zA-Z0-9_-]+)$/)
        if (!match) return socket.destroy()
        const processId = match[1] ?? ''
        if (processId !== matchMaker.processId) {
          void matchMaker.presence.hget(ADDRESSES_KEY, processId).then((peer) => {
            if (peer && peer !== address) forward(req, socket, head, peer)
            else socket.destroy()
          })
          return
        }
        wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
      })
    },

    async shutdown() {
      await ready
      await matchMaker.presence.hdel(ADDRESSES_KEY, matchMaker.processId)
      await engine.gracefullyShutdown(false)
    },
  }
}
