import { paragraphsOf } from '../content/i18n'
import { t } from '../content/uiStrings'
import type { ExhibitTextProps } from './exhibitTextProps'

/** Where an exhibit's statements come from, and which part of it is explanation added for visitors. */
export function Citation({ exhibit, exhibition, language }: ExhibitTextProps) {
  const source = exhibition.sources.find((candidate) => candidate.id === exhibit.citation.source)
  const { explanation } = exhibit.citation
  return (
    <footer className="citation">
      <h3>{t('source', language)}</h3>
      <blockquote lang="en">{exhibit.citation.quote}</blockquote>
      {source && (
        <p className="citation-source">
          {source.title[language]} · {source.publisher[language]} · {source.date} ·{' '}
          {exhibit.citation.paragraphs.map((n) => `${t('sourceParagraph', language)} ${n}`).join(', ')}
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
