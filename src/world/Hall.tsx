import { useMemo } from 'react'
import type { Exhibition, Language } from '../content/schema'
import { Architecture } from './Architecture'
import { FocusFrame } from './FocusFrame'
import { Lighting } from './Lighting'
import { Signage } from './Signage'
import { DEFAULT_DISPLAY, type StandDisplay, StandFace } from './StandFace'
import { Stands } from './Stands'

interface HallProps {
  exhibition: Exhibition
  language: Language
  /** The exhibit to mark as the one Enter or a click would open. */
  focusedExhibitId: string | null
  /** The visitor's display choices for the words on the stands. */
  display?: StandDisplay
}

/** The exhibition hall as a scene: everything here is drawn from the content document. */
export function Hall({ exhibition, language, focusedExhibitId, display = DEFAULT_DISPLAY }: HallProps) {
  const focused = useMemo(
    () => exhibition.exhibits.find((exhibit) => exhibit.id === focusedExhibitId) ?? null,
    [exhibition, focusedExhibitId],
  )
  return (
    <>
      <color attach="background" args={['#e9e6df']} />
      <Lighting />
      <Architecture hall={exhibition.hall} />
      <Stands exhibits={exhibition.exhibits} hall={exhibition.hall} />
      {exhibition.exhibits.map((exhibit) => (
        <StandFace key={exhibit.id} exhibit={exhibit} language={language} display={display} />
      ))}
      <Signage exhibition={exhibition} language={language} />
      <FocusFrame exhibit={focused} language={language} />
    </>
  )
}
