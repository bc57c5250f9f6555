import type { Language } from '../content/schema'

/** What every interactive exhibit's view is given: the visitor's language. State lives in the exhibit's own store. */
export interface InteractiveViewProps {
  language: Language
}
