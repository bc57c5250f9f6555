import { useEffect } from 'react'

/** Macs undo with ⌘, everyone else with Ctrl; the hints on the buttons say which. */
export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
export const UNDO_HINT = IS_MAC ? '⌘Z' : 'Ctrl+Z'
export const REDO_HINT = IS_MAC ? '⇧⌘Z' : 'Ctrl+Shift+Z'
/** The same keys as `aria-keyshortcuts` names them, for screen readers (the visible hints are hidden from them). */
export const UNDO_KEYS = IS_MAC ? 'Meta+Z' : 'Control+Z'
export const REDO_KEYS = IS_MAC ? 'Shift+Meta+Z' : 'Control+Shift+Z Control+Y'

/** What a key press asks of the edit history, if anything. */
export function undoKeyAction(event: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}): 'undo' | 'redo' | null {
  const modifier = IS_MAC ? event.metaKey : event.ctrlKey
  if (!modifier || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !IS_MAC) return 'redo'
  return null
}

/** A text field keeps its own typing undo; the studio's undo applies everywhere else. */
const inTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

export function useUndoKeys(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = undoKeyAction(event)
      if (!action || inTextField(event.target)) return
      event.preventDefault()
      if (action === 'undo') undo()
      else redo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])
}
