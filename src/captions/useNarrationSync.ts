import { useEffect } from 'react'
import type { Exhibition } from '../content/schema'
import { usePreferences } from '../state/preferences'
import { useVisit } from '../state/visitStore'
import { useNarration } from './narrationStore'

const audioUrl = (src: string) => `${import.meta.env.BASE_URL}${src}`

/** Keeps the narration on the open exhibit, in the visitor's language, however it was opened (desktop or VR). */
export function useNarrationSync(exhibition: Exhibition): void {
  const openId = useVisit((state) => state.openExhibitId)
  const language = usePreferences((state) => state.language)
  useEffect(() => {
    const exhibit = exhibition.exhibits.find((candidate) => candidate.id === openId) ?? null
    useNarration.getState().load(exhibit, language, audioUrl)
  }, [exhibition, openId, language])
  useEffect(() => () => useNarration.getState().load(null, 'en', audioUrl), [])
}
