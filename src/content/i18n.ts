import type { Language, Localized } from './schema'

/** The text of a localized field in the visitor's language. */
export const pick = (text: Localized, language: Language): string => text[language]

/** Body text is stored as paragraphs separated by blank lines. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

export const htmlLang = (language: Language): string => (language === 'zh' ? 'zh-CN' : 'en')
