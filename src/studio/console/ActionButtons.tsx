import { useState } from 'react'
import type { ConsoleAction } from '../../content/console'
import type { Exhibition } from '../../content/schema'

/**
 * The commands staff give one device or all: send to an exhibit, to the entrance, reset for the next visitor,
 * start the guided tour. `who` names the target in each button's accessible name ("Reset Headset 3").
 */
export function ActionButtons({
  exhibition,
  who,
  busy,
  onAction,
}: {
  exhibition: Exhibition
  who: string
  busy: boolean
  onAction: (action: ConsoleAction, label: string) => void
}) {
  const [exhibit, setExhibit] = useState(exhibition.exhibits[0]?.id ?? '')
  const title = exhibition.exhibits.find((candidate) => candidate.id === exhibit)?.title.en ?? exhibit
  return (
    <div className="console-actions">
      <select aria-label={`Exhibit for ${who}`} value={exhibit} onChange={(event) => setExhibit(event.target.value)}>
        {exhibition.exhibits.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.title.en}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={busy || !exhibit}
        aria-label={`Send ${who} to the exhibit`}
        onClick={() => onAction({ kind: 'goto', exhibit }, `Send to “${title}”`)}
      >
        Send there
      </button>
      <button
        type="button"
        disabled={busy}
        aria-label={`Send ${who} to the entrance`}
        onClick={() => onAction({ kind: 'entrance' }, 'Send to the entrance')}
      >
        Entrance
      </button>
      <button
        type="button"
        disabled={busy}
        aria-label={`Reset ${who}`}
        onClick={() => onAction({ kind: 'reset' }, 'Reset for the next visitor')}
      >
        Reset
      </button>
      <button
        type="button"
        disabled={busy}
        aria-label={`Start the tour for ${who}`}
        onClick={() => onAction({ kind: 'tour' }, 'Start the guided tour')}
      >
        Start tour
      </button>
    </div>
  )
}
