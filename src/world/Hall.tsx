import { useMemo } from 'react'
import type { Exhibition, Language } from '../content/schema'
import { ALL_ON, type Optimizations } from '../state/optimizations'
import { Architecture } from './Architecture'
import { FocusFrame } from './FocusFrame'
import { HallTextBatch } from './HallTextBatch'
import { HallTextItems } from './HallTextItems'
import { Lighting } from './Lighting'
import { NearMedia } from './NearMedia'
import { Signage } from './Signage'
import { StandMedia } from './StandMedia'
import { Stands } from './Stands'
import { DEFAULT_DISPLAY, hallTextItems, type StandDisplay } from './textItems'

interface HallProps {
  exhibition: Exhibition
  language: Language
  /** The exhibit to mark as the one Enter or a click would open. */
  focusedExhibitId: string | null
  /** The visitor's display choices for the words on the stands. */
  display?: StandDisplay
  /** Cost-saving techniques; all on unless the benchmark turns some off. */
  optimizations?: Optimizations
}

/** The exhibition hall as a scene: everything here is drawn from the content document. */
export function Hall({
  exhibition,
  language,
  focusedExhibitId,
  display = DEFAULT_DISPLAY,
  optimizations = ALL_ON,
}: HallProps) {
  const focused = useMemo(
    () => exhibition.exhibits.find((exhibit) => exhibit.id === focusedExhibitId) ?? null,
    [exhibition, focusedExhibitId],
  )
  const texts = useMemo(() => hallTextItems(exhibition, language, display), [exhibition, language, display])
  return (
    <>
      <color attach="background" args={['#e9e6df']} />
      <Lighting />
      <Architecture hall={exhibition.hall} merge={optimizations.instancing} />
      <Stands exhibits={exhibition.exhibits} hall={exhibition.hall} instanced={optimizations.instancing} />
      {optimizations.text ? (
        <HallTextBatch items={texts} track="hall" lod={optimizations.lod} />
      ) : (
        <HallTextItems items={texts} />
      )}
      {optimizations.media ? (
        <NearMedia exhibits={exhibition.exhibits} />
      ) : (
        exhibition.exhibits.map((exhibit) => <StandMedia key={exhibit.id} exhibit={exhibit} />)
      )}
      <Signage exhibition={exhibition} instanced={optimizations.instancing} />
      <FocusFrame exhibit={focused} language={language} />
    </>
  )
}
