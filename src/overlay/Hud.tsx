import type { Exhibition } from '../content/schema'
import { t } from '../content/uiStrings'
import { usePreferences } from '../state/preferences'
import { useVisit } from '../state/visitStore'

/** A spoken note of the stand in front of the visitor (how to move is desktop/NavigationHud). */
export function Hud({ exhibition }: { exhibition: Exhibition }) {
  const language = usePreferences((state) => state.language)
  const focusedId = useVisit((state) => state.focusedExhibitId)
  const focused = exhibition.exhibits.find((exhibit) => exhibit.id === focusedId)
  return (
    <p className="focus-note" aria-live="polite">
      {focused ? t('inFrontOf', language, { title: focused.title[language] }) : ''}
    </p>
  )
}
