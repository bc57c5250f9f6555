import { useState } from 'react'
import { exhibitsCiting } from '../../content/publishRules'
import { type Exhibition, LANGUAGES, type Source } from '../../content/schema'
import { TextField } from './TextField'

const LANGUAGE_NAMES = { zh: '中文', en: 'English' } as const

/** Paragraphs are typed with a blank line between them, as in the exhibit texts. */
const paragraphsFrom = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

interface SourceEditorProps {
  doc: Exhibition
  source: Source
  /** Where this source's fields are in the document, for the schema's complaints: `sources[2]`. */
  problemAt: (...path: (string | number)[]) => string | undefined
  onChange: (label: string, next: Source) => void
  onDelete: () => void
}

/** One source citations point into: its title, publisher and date in both languages, and its text by paragraph. */
export function SourceEditor({ doc, source, problemAt, onChange, onDelete }: SourceEditorProps) {
  const [refusal, setRefusal] = useState('')
  const citing = exhibitsCiting(doc, source.id)
  const remove = () => {
    if (citing.length > 0) {
      setRefusal(
        `“${source.title.en}” cannot be deleted: it is cited by ${citing.map((title) => `“${title}”`).join(', ')}. ` +
          'Cite another source in those exhibits first.',
      )
      return
    }
    onDelete()
  }
  return (
    <fieldset className="source-editor" aria-label={`Source “${source.title.en}”`}>
      <legend>
        Source <code>{source.id}</code> · cited by {citing.length} exhibit{citing.length === 1 ? '' : 's'}
      </legend>
      {(['title', 'publisher'] as const).map((key) =>
        LANGUAGES.map((language) => (
          <TextField
            key={`${key}-${language}`}
            label={`Source ${key} · ${LANGUAGE_NAMES[language]}`}
            lang={language === 'zh' ? 'zh-CN' : 'en'}
            value={source[key][language]}
            error={problemAt(key, language)}
            onCommit={(value) =>
              onChange(`Edit source ${key} (${language})`, { ...source, [key]: { ...source[key], [language]: value } })
            }
          />
        )),
      )}
      <TextField
        label="Source date (2022, 2022-03 or 2022-03-01)"
        value={source.date}
        error={problemAt('date')}
        onCommit={(date) => onChange('Edit source date', { ...source, date })}
      />
      <TextField
        label="Source text (a blank line between paragraphs; citations count paragraphs from 1)"
        value={source.paragraphs.join('\n\n')}
        multiline
        error={problemAt('paragraphs')}
        onCommit={(text) => onChange('Edit source text', { ...source, paragraphs: paragraphsFrom(text) })}
      />
      <button type="button" onClick={remove}>
        Delete this source
      </button>
      {refusal && (
        <p role="alert" className="field-error">
          {refusal}
        </p>
      )}
    </fieldset>
  )
}
