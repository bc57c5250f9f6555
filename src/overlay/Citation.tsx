import { paragraphsOf } from '../content/i18n'
import { t } from '../content/uiStrings'
import type { ExhibitTextProps } from './exhibitTextProps'

/**
 * Where an exhibit's statements come from, and which part of it is explanation added for visitors; a text that is
 * the curators' own says so instead, and a draft with neither (seen only in a preview) says that nothing is given.
 */
export function Citation({ exhibit, exhibition, language }: ExhibitTextProps) {
  const { citation } = exhibit
  if (!citation) {
    return (
      <footer className="citation" data-attribution={exhibit.curatorNote ? 'curator-note' : 'none'}>
        <h3>{exhibit.curatorNote ? t('curatorNote', language) : t('noSourceYet', language)}</h3>
        {exhibit.curatorNote && <p>{t('curatorNoteHint', language)}</p>}
      </footer>
    )
  }
  const source = exhibition.sources.find((candidate) => candidate.id === citation.source)
  const { explanation } = citation
  return (
    <footer className="citation" data-attribution="source">
      <h3>{t('source', language)}</h3>
      <blockquote lang="en">{citation.quote}</blockquote>
      {source && (
        <p className="citation-source">
          {source.title[language]} · {source.publisher[language]} · {source.date} ·{' '}
          {citation.paragraphs.map((n) => `${t('sourceParagraph', language)} ${n}`).join(', ')}
        </p>
      )}
      {source?.note && <p className="citation-note">{source.note[language]}</p>}
      {explanation && (
        <>
          <h3>{t('explanation', language)}</h3>
          {paragraphsOf(explanation[language]).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </>
      )}
    </footer>
  )
}
