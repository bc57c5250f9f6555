import { create } from 'zustand'

export type ConnectionStatus = 'alone' | 'connecting' | 'online' | 'offline'

/** Who else is in the instance, for lists and the map; their poses live in `remoteVisitors`, outside React. */
export interface VisitorProfile {
  id: string
  name: string
  colour: string
  mode: 'desktop' | 'vr'
  guide: boolean
  /** Where they stand, a few times a second (for the map). */
  x: number
  z: number
  yaw: number
}

interface PresenceState {
  status: ConnectionStatus
  /** The instance's join code, while connected. */
  code: string
  /** This visitor's own session and name, as the server knows them. */
  selfId: string
  selfName: string
  others: VisitorProfile[]
  /** A join code the visitor asked for that no instance has (or whose instance is full). */
  codeProblem: '' | 'unknown' | 'full'
  /** The last measured round trip and clock offset to the hall server, milliseconds. */
  rttMs: number | null
  clockOffsetMs: number | null
  /** A code to join on the next connection (from the panel or `?join=`). */
  wantedCode: string
  set: (partial: Partial<Omit<PresenceState, 'set'>>) => void
}

export const usePresence = create<PresenceState>()((set) => ({
  status: 'alone',
  code: '',
  selfId: '',
  selfName: '',
  others: [],
  codeProblem: '',
  rttMs: null,
  clockOffsetMs: null,
  wantedCode: '',
  set: (partial) => set(partial),
}))
