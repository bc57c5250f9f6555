import type { Exhibition } from '../content/schema'
import { t } from '../content/uiStrings'
import { usePreferences } from '../state/preferences'
import { StandMarker } from '../world/StandMarker'
import { useVRUi } from '../xrkit/vrUiStore'

/**
 * Marks the stand a controller or hand points at, and says how to open it, as the desktop focus frame does; a
 * thicker bar and larger type, for a headset's lower resolution.
 */
export function HoverFrame({ exhibition }: { exhibition: Exhibition }) {
  const hoveredId = useVRUi((state) => state.hoveredExhibit)
  const language = usePreferences((state) => state.language)
  const exhibit = exhibition.exhibits.find((candidate) => candidate.id === hoveredId) ?? null
  return (
    <StandMarker exhibit={exhibit} hint={t('pullTrigger', language)} barHeight={0.05} fontSize={0.06} name="vr-hover" />
  )
}
