import { Suspense } from 'react'
import type { Language } from '../content/schema'
import { INTERACTIVE_VIEWS } from './registry'
import type { InteractiveType } from './types'

/** The open exhibit's controls in the desktop panel, loaded when an exhibit of that type first opens. */
export function InteractiveSection({ type, language }: { type: InteractiveType; language: Language }) {
  const { Desktop } = INTERACTIVE_VIEWS[type]
  return (
    <Suspense fallback={null}>
      <Desktop language={language} />
    </Suspense>
  )
}
