import { t } from '../content/uiStrings'
import { usePreferences } from '../state/preferences'
import { MovePad } from './MovePad'
import { startMouseLook, useMouseLook } from './mouseLookStore'

/** How to move on a screen: the help line, mouse look (and its crosshair under pointer lock), the touch move pad. */
export function NavigationHud() {
  const language = usePreferences((state) => state.language)
  const locked = useMouseLook((state) => state.locked)
  return (
    <>
      {locked && <div className="crosshair" aria-hidden="true" />}
      <p className="hall-help">{locked ? t('mouseLookHint', language) : t('controlsHelp', language)}</p>
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
