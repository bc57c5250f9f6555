import { createStore } from 'zustand/vanilla'
import type { Exhibition } from '../../content/schema'
import type { Command } from './commands'

export interface History {
  doc: Exhibition
  undoStack: Command[]
  redoStack: Command[]
  execute: (command: Command) => void
  undo: () => void
  redo: () => void
  /** Starts over from a document the server sent (after loading, saving or restoring). */
  reset: (doc: Exhibition) => void
  /**
   * Shows a document merged with others' changes, keeping undo and redo: commands change only their own fields,
   * so undoing one later does not take back what someone else saved.
   */
  replace: (doc: Exhibition) => void
}

/** The draft being edited and its undo/redo stacks; every change goes through `execute`. */
export function createHistory(initial: Exhibition) {
  return createStore<History>()((set, get) => ({
    doc: initial,
    undoStack: [],
    redoStack: [],
    execute: (command) =>
      set({ doc: command.apply(get().doc), undoStack: [...get().undoStack, command], redoStack: [] }),
    undo: () => {
      const command = get().undoStack.at(-1)
      if (!command) return
      set({
        doc: command.revert(get().doc),
        undoStack: get().undoStack.slice(0, -1),
        redoStack: [...get().redoStack, command],
      })
    },
    redo: () => {
      const command = get().redoStack.at(-1)
      if (!command) return
      set({
        doc: command.apply(get().doc),
        redoStack: get().redoStack.slice(0, -1),
        undoStack: [...get().undoStack, command],
      })
    },
    reset: (doc) => set({ doc, undoStack: [], redoStack: [] }),
    replace: (doc) => set({ doc }),
  }))
}

export type HistoryStore = ReturnType<typeof createHistory>
