import { useEffect } from 'react'
import { joinCodeSchema } from '../content/presence'
import { useLoading } from '../state/loadingStore'
import { startPresenceConnection } from './connection'
import { usePresence } from './presenceStore'

const SETTLE_TIMEOUT_MS = 10_000
/**
 * The others arrive a few seconds after the hall's first frame: on a venue's Wi-Fi the pictures and nearby text the
 * visitor looks at come first, and the engine's client (about 40 kB) and socket do not compete with them.
 */
const AFTER_FIRST_FRAME_MS = 3000

/**
 * Joins a hall instance for the whole visit (unless the visitor chose to visit alone). `?join=ABCDE` in the address,
 * as the laptop's QR code carries it, asks for that instance. Starts once the hall has drawn its first frame.
 */
export function usePresenceConnection(enabled: boolean): void {
  // After the first frame: the hall comes first, the others a moment later.
  const firstFrame = useLoading((state) => state.firstFrame)
  const start = enabled && firstFrame
  useEffect(() => {
    if (!start) return
    const linked = joinCodeSchema.safeParse(new URLSearchParams(window.location.search).get('join') ?? '')
    if (linked.success) usePresence.getState().set({ wantedCode: linked.data })
    // Once the hall has settled (the browser is idle: pictures and nearby text are in), or after a few seconds on a
    // device that is never idle: the engine's chunk and socket must not compete with the hall's own first moments.
    let stop: (() => void) | undefined
    const begin = () => {
      stop = startPresenceConnection(window.location.origin)
    }
    // Safari has no requestIdleCallback: there the connection begins after the delay alone.
    let idle: number | undefined
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(begin, { timeout: SETTLE_TIMEOUT_MS })
      else begin()
    }, AFTER_FIRST_FRAME_MS)
    return () => {
      clearTimeout(timer)
      if (idle !== undefined) cancelIdleCallback(idle)
      stop?.()
    }
  }, [start])
}
