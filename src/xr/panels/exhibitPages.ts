import { paragraphsOf } from '../../content/i18n'
import type { Exhibit, Exhibition, Language } from '../../content/schema'
import { t } from '../../content/uiStrings'
import { type PageLayout, paginate } from '../../xrkit/paging'

/**
 * The full text a headset visitor reads, in the order of the desktop panel: summary, body, then the source it
 * quotes and any explanation added for visitors.
 */
export function exhibitParagraphs(exhibit: Exhibit, exhibition: Exhibition, language: Language): string[] {
  const source = exhibition.sources.find((candidate) => candidate.id === exhibit.citation.source)
  const { explanation } = exhibit.citation
  return [
    exhibit.summary[language],
    ...paragraphsOf(exhibit.body[language]),
    `${t('source', language)}: “${exhibit.citation.quote}”`,
    ...(source ? [`${source.title[language]} · ${source.publisher[language]} · ${source.date}`] : []),
    ...(explanation ? [`${t('explanation', language)}: ${paragraphsOf(explanation[language]).join(' ')}`] : []),
  ]
}

export function exhibitPages(
  exhibit: Exhibit,
  exhibition: Exhibition,
  language: Language,
  layout: PageLayout,
): string[][] {
  return paginate(exhibitParagraphs(exhibit, exhibition, language), layout)
}
