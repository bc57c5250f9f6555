import type { ContentProblem } from '../../content/parse'
import { type Exhibition, LANGUAGES, type Source } from '../../content/schema'
import type { ExhibitionTexts } from '../history/documentCommands'
import { SourceEditor } from './SourceEditor'
import { TextField } from './TextField'

const LANGUAGE_NAMES = { zh: '中文', en: 'English' } as const

/** The first free `source-N` id. */
function newSourceId(doc: Exhibition): string {
  const taken = new Set(doc.sources.map((source) => source.id))
  let n = 1
  while (taken.has(`source-${n}`)) n++
  return `source-${n}`
}

interface ExhibitionEditorProps {
  doc: Exhibition
  problems: readonly ContentProblem[]
  onChange: (label: string, changes: Partial<ExhibitionTexts>) => void
}

/** The exhibition's own texts: its title and subtitle in both languages, and the sources its citations point into. */
export function ExhibitionEditor({ doc, problems, onChange }: ExhibitionEditorProps) {
  const problemAt = (path: string) => problems.find((problem) => problem.path === path)?.message
  const setSource = (index: number, label: string, next: Source) =>
    onChange(label, { sources: doc.sources.with(index, next) })
  const addSource = () =>
    onChange('Add a source', {
      sources: [
        ...doc.sources,
        {
          id: newSourceId(doc),
          title: { zh: '（来源标题）', en: '(Source title)' },
          publisher: { zh: '（出版者）', en: '(Publisher)' },
          date: String(new Date().getFullYear()),
          paragraphs: ['(Paste the source text here, a blank line between paragraphs.)'],
        },
      ],
    })
  const sourcesProblem = problemAt('sources')
  return (
    <form
      className="exhibit-editor"
      aria-label="Edit the exhibition texts"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2>Exhibition texts and sources</h2>
      {(['title', 'subtitle'] as const).map((key) =>
        LANGUAGES.map((language) => (
          <TextField
            key={`${key}-${language}`}
            label={`Exhibition ${key} · ${LANGUAGE_NAMES[language]}`}
            lang={language === 'zh' ? 'zh-CN' : 'en'}
            value={doc[key][language]}
            multiline={key === 'subtitle'}
            error={problemAt(`${key}.${language}`)}
            onCommit={(value) =>
              onChange(`Edit the exhibition ${key} (${language})`, { [key]: { ...doc[key], [language]: value } })
            }
          />
        )),
      )}
      <h3>Sources</h3>
      {sourcesProblem && (
        <p role="alert" className="field-error">
          {sourcesProblem}
        </p>
      )}
      {doc.sources.map((source, index) => (
        <SourceEditor
          key={source.id}
          doc={doc}
          source={source}
          problemAt={(...path) => problemAt(`sources[${index}] "${source.id}".${path.join('.')}`)}
          onChange={(label, next) => setSource(index, label, next)}
          onDelete={() =>
            onChange(`Delete source “${source.title.en}”`, { sources: doc.sources.filter((_, i) => i !== index) })
          }
        />
      ))}
      <button type="button" onClick={addSource}>
        Add a source
      </button>
    </form>
  )
}
