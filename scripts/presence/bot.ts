import type { Room } from 'colyseus.js'
import type { PoseMessage } from '../../src/content/presence'
import { type HallStateView, joinInstance } from '../../src/presence/joinInstance'
import type { VisitorFields } from '../../src/presence/remoteVisitors'

/**
 * A visitor without a browser, for tests and the load run: joins through the same API and engine client as the
 * hall page, sends poses, and reads what the others see. Loopback only.
 */
export interface Bot {
  room: Room<HallStateView>
  code: string
  id: string
  sendPose: (pose: PoseMessage) => void
  /** Everyone else with a pose, as this bot's copy of the room state has them. */
  others: () => Map<string, VisitorFields>
  leave: () => Promise<void>
}

export async function joinBot(
  origin: string,
  options: { code?: string; invisible?: boolean; name?: string; fetcher?: typeof fetch } = {},
): Promise<Bot> {
  const result = await joinInstance(
    origin,
    {
      invisible: options.invisible ?? false,
      ...(options.code ? { code: options.code } : {}),
      ...(options.name ? { name: options.name } : {}),
    },
    options.fetcher,
  )
  if (result.kind !== 'joined') throw new Error(`bot refused: ${result.status} ${result.reason}`)
  const { room, code } = result
  return {
    room,
    code,
    id: room.sessionId,
    sendPose: (pose) => room.send('pose', pose),
    others: () => {
      const map = new Map<string, VisitorFields>()
      room.state.visitors?.forEach((v, id) => {
        if (id !== room.sessionId && v.hy >= 0) map.set(id, { ...v })
      })
      return map
    },
    leave: async () => {
      if (!room.connection.isOpen) return
      // A leave the server never acknowledges (it is stopping) must not hold a test up.
      await Promise.race([room.leave(true).catch(() => 0), new Promise((resolve) => setTimeout(resolve, 1000))])
    },
  }
}

/** Waits until `check` holds, polling; throws with `what` after `timeoutMs`. */
export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
