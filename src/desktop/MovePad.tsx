import type { PointerEvent } from 'react'
import { t, type UiKey } from '../content/uiStrings'
import { usePreferences } from '../state/preferences'
import { type Move, useMoveInput } from './moveInput'

const PAD: { move: Move; label: UiKey; glyph: string }[] = [
  { move: 'turnLeft', label: 'turnLeft', glyph: '↺' },
  { move: 'forward', label: 'moveForward', glyph: '▲' },
  { move: 'back', label: 'moveBack', glyph: '▼' },
  { move: 'turnRight', label: 'turnRight', glyph: '↻' },
]

/** Hold-to-walk buttons for touch screens (and anyone without keys): press and hold, like a key. */
export function MovePad() {
  const language = usePreferences((state) => state.language)
  const { press, release } = useMoveInput.getState()
  const hold = (move: Move) => (event: PointerEvent<HTMLButtonElement>) => {
    event.preventDefault()
    press(move)
  }
  return (
    <div className="move-pad">
      {PAD.map(({ move, label, glyph }) => (
        <button
          key={move}
          type="button"
          aria-label={t(label, language)}
          onPointerDown={hold(move)}
          onPointerUp={() => release(move)}
          onPointerCancel={() => release(move)}
          // A finger sliding off the button lets go of it, as lifting it would.
          onPointerLeave={() => release(move)}
          onContextMenu={(event) => event.preventDefault()}
        >
          {glyph}
        </button>
      ))}
    </div>
  )
}
