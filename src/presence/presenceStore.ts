import { create } from 'zustand'

export type ConnectionStatus = 'alone' | 'connecting' | 'online' | 'offline'

/** Who else is in the instance, for lists and the map; their poses live in `remoteVisitors`, outside React. */
export interface VisitorProfile {
  id: string
  name: string
  colour: string
  mode: 'desktop' | 'vr'
  guide: boolean
  /** A guide leading now; a visitor following one (the guide's id). */
  leading: boolean
  following: string
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
  /** This visitor's seat may guide (a signed-in curator or admin). */
  selfGuide: boolean
  others: VisitorProfile[]
  /** A join code the visitor asked for that no instance has (or whose instance is full). */
  codeProblem: '' | 'unknown' | 'full'
  /** A code to join on the next connection (from the panel or `?join=`). */
  wantedCode: string
  set: (partial: Partial<Omit<PresenceState, 'set'>>) => void
}

export const usePresence = create<PresenceState>()((set) => ({
  status: 'alone',
  code: '',
  selfId: '',
  selfName: '',
  selfGuide: false,
  others: [],
  codeProblem: '',
  wantedCode: '',
  set: (partial) => set(partial),
}))
