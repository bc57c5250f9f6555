import type { Exhibit, Exhibition, Language } from '../content/schema'

/** What every piece of an exhibit's text needs: the exhibit, the document it belongs to, and the language. */
export interface ExhibitTextProps {
  exhibit: Exhibit
  exhibition: Exhibition
  language: Language
}
