import { useEffect } from 'react'
import { joinCodeSchema } from '../content/presence'
import { startPresenceConnection } from './connection'
import { usePresence } from './presenceStore'

/**
 * Joins a hall instance for the whole visit (unless the visitor chose to visit alone). `?join=ABCDE` in the address,
 * as the laptop's QR code carries it, asks for that instance.
 */
export function usePresenceConnection(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    const linked = joinCodeSchema.safeParse(new URLSearchParams(window.location.search).get('join') ?? '')
    if (linked.success) usePresence.getState().set({ wantedCode: linked.data })
    return startPresenceConnection(window.location.origin)
  }, [enabled])
}
