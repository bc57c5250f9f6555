import type { PointerEvent } from 'react'
import type { Exhibition } from '../content/schema'
import { t, type UiKey } from '../content/uiStrings'
import { startMouseLook, useMouseLook } from '../desktop/mouseLookStore'
import { type Move, useMoveInput } from '../desktop/moveInput'
import { usePreferences } from '../state/preferences'
import { useVisit } from '../state/visitStore'

const PAD: { move: Move; label: UiKey; glyph: string }[] = [
  { move: 'turnLeft', label: 'turnLeft', glyph: '↺' },
  { move: 'forward', label: 'moveForward', glyph: '▲' },
  { move: 'back', label: 'moveBack', glyph: '▼' },
  { move: 'turnRight', label: 'turnRight', glyph: '↻' },
]

/** Hold-to-walk buttons for touch screens (and anyone without keys): press and hold, like a key. */
function MovePad() {
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

/** Help, mouse look, the crosshair under pointer lock, and a spoken note of the stand in front of the visitor. */
export function Hud({ exhibition }: { exhibition: Exhibition }) {
  const language = usePreferences((state) => state.language)
  const locked = useMouseLook((state) => state.locked)
  const focusedId = useVisit((state) => state.focusedExhibitId)
  const focused = exhibition.exhibits.find((exhibit) => exhibit.id === focusedId)
  return (
    <>
      {locked && <div className="crosshair" aria-hidden="true" />}
      <p className="hall-help">{locked ? t('mouseLookHint', language) : t('controlsHelp', language)}</p>
      <p className="focus-note" aria-live="polite">
        {focused ? t('inFrontOf', language, { title: focused.title[language] }) : ''}
      </p>
      <div className="hud-actions">
        {!locked && (
          <button type="button" className="mouse-look" onClick={startMouseLook}>
            {t('mouseLook', language)}
          </button>
        )}
      </div>
      <MovePad />
    </>
  )
}
