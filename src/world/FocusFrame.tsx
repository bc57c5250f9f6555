import type { Exhibit, Language } from '../content/schema'
import { t } from '../content/uiStrings'
import { StandMarker } from './StandMarker'

/** Marks the stand the visitor is facing or pointing at, and says how to open it. */
export function FocusFrame({ exhibit, language }: { exhibit: Exhibit | null; language: Language }) {
  return <StandMarker exhibit={exhibit} hint={t('pressEnter', language)} name="focus-frame" />
}
