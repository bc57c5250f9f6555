import { useEffect } from 'react'
import { KEY_MOVES, useMoveInput } from './moveInput'

/** Keys drive the hall only when focus is on the page or the hall itself, never while typing in a control. */
export function keysBelongToHall(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return true
  if (target === document.body) return true
  return target.closest('[data-hall-keys]') !== null
}

/** Feeds walking keys into the move input; `onActivity` asks for frames while keys are down. */
export function useKeyboardMoves(onActivity: () => void, onEnter: () => void): void {
  useEffect(() => {
    const { press, release, setRunning, releaseAll } = useMoveInput.getState()
    const down = (event: KeyboardEvent) => {
      if (!keysBelongToHall(event.target) || event.altKey || event.ctrlKey || event.metaKey) return
      setRunning(event.shiftKey)
      const move = KEY_MOVES[event.code]
      if (move) {
        event.preventDefault()
        press(move)
        onActivity()
      } else if (event.key === 'Enter' && !event.repeat) {
        onEnter()
      }
    }
    const up = (event: KeyboardEvent) => {
      setRunning(event.shiftKey)
      const move = KEY_MOVES[event.code]
      if (move) release(move)
    }
    // A key released while the window is in the background never sends keyup: stop rather than walk on forever.
    const blur = () => releaseAll()
    window.addEventListener('keydown', down)
    window.addEventListener('keyup', up)
    window.addEventListener('blur', blur)
    return () => {
      window.removeEventListener('keydown', down)
      window.removeEventListener('keyup', up)
      window.removeEventListener('blur', blur)
    }
  }, [onActivity, onEnter])
}
