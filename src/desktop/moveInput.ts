import { create } from 'zustand'

export const MOVES = ['forward', 'back', 'left', 'right', 'turnLeft', 'turnRight'] as const
export type Move = (typeof MOVES)[number]

interface MoveInput {
  /** Moves held down now, from keys or on-screen buttons. Read each frame with getState(), not subscribed. */
  held: ReadonlySet<Move>
  running: boolean
  press: (move: Move) => void
  release: (move: Move) => void
  setRunning: (running: boolean) => void
  releaseAll: () => void
}

export const useMoveInput = create<MoveInput>()((set, get) => ({
  held: new Set(),
  running: false,
  press: (move) => {
    if (!get().held.has(move)) set({ held: new Set([...get().held, move]) })
  },
  release: (move) => {
    if (!get().held.has(move)) return
    const held = new Set(get().held)
    held.delete(move)
    set({ held })
  },
  setRunning: (running) => set({ running }),
  releaseAll: () => set({ held: new Set(), running: false }),
}))

/** Keyboard layout: WASD walks and strafes, arrows walk and turn (so one hand on the arrows can tour the hall). */
export const KEY_MOVES: Readonly<Record<string, Move>> = {
  KeyW: 'forward',
  ArrowUp: 'forward',
  KeyS: 'back',
  ArrowDown: 'back',
  KeyA: 'left',
  KeyD: 'right',
  ArrowLeft: 'turnLeft',
  ArrowRight: 'turnRight',
  KeyQ: 'turnLeft',
  KeyE: 'turnRight',
}
