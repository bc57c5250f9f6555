import { paragraphsOf } from '../../content/i18n'
import type { Exhibit, Exhibition, Language } from '../../content/schema'
import { t } from '../../content/uiStrings'
import { type PageLayout, paginate } from '../../xrkit/paging'

/**
 * The full text a headset visitor reads, in the order of the desktop panel: summary, body, then the source it
 * quotes and any explanation added for visitors.
 */
export function exhibitParagraphs(exhibit: Exhibit, exhibition: Exhibition, language: Language): string[] {
  return [
    exhibit.summary[language],
    ...paragraphsOf(exhibit.body[language]),
    ...attribution(exhibit, exhibition, language),
  ]
}

/** The citation's lines, or the curator's note in its place (a draft with neither says none is given yet). */
function attribution(exhibit: Exhibit, exhibition: Exhibition, language: Language): string[] {
  const { citation } = exhibit
  if (!citation) {
    return exhibit.curatorNote
      ? [`${t('curatorNote', language)}: ${t('curatorNoteHint', language)}`]
      : [t('noSourceYet', language)]
  }
  const source = exhibition.sources.find((candidate) => candidate.id === citation.source)
  const { explanation } = citation
  return [
    `${t('source', language)}: “${citation.quote}”`,
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
