import type { INTERACTIVE_TYPES, Language } from '../content/schema'

export type InteractiveType = (typeof INTERACTIVE_TYPES)[number]

/** What every interactive exhibit's view is given: the visitor's language. State lives in the exhibit's own store. */
export interface InteractiveViewProps {
  language: Language
}
