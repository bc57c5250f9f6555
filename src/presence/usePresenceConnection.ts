import { useEffect } from 'react'
import { joinCodeSchema } from '../content/presence'
import { useLoading } from '../state/loadingStore'
import { startPresenceConnection } from './connection'
import { usePresence } from './presenceStore'

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
    return startPresenceConnection(window.location.origin)
  }, [start])
}
