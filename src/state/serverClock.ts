import { create } from 'zustand'

/**
 * This visitor's measured link to the hall server (presence pings it every few seconds): what the "Sync and Delay"
 * exhibit shows beside its simulation. Both null while not connected.
 */
export interface ServerClock {
  /** Last round trip, milliseconds. */
  rttMs: number | null
  /** How far the server's clock is ahead of this device's, milliseconds (server − (sent + rtt/2)). */
  clockOffsetMs: number | null
}

export const useServerClock = create<ServerClock>()(() => ({ rttMs: null, clockOffsetMs: null }))
