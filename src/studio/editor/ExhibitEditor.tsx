import type { ContentProblem } from '../../content/parse'
import { type Exhibit, type Exhibition, LANGUAGES, type Localized } from '../../content/schema'
import type { StudioClient } from '../api/client'
import { CitationField } from './CitationField'
import { KindField } from './KindField'
import { MarkdownPreview } from './MarkdownPreview'
import { MediaUpload } from './MediaUpload'
import { NarrationField } from './NarrationField'
import { TextField } from './TextField'

const LANGUAGE_NAMES = { zh: '中文', en: 'English' } as const
const LOCALIZED_FIELDS = [
  { key: 'title', label: 'Title', multiline: false },
  { key: 'summary', label: 'Summary (on the stand)', multiline: true },
  {
    key: 'body',
    label: 'Full text (markdown: **bold**, *italic*, - lists; a blank line between paragraphs)',
    multiline: true,
  },
  {
    key: 'narration',
    label: 'Narration (a few spoken sentences, shown as captions; one caption per sentence)',
    multiline: true,
  },
] as const

/** The exhibit's recordings with one language's set or, when blank, removed; no recordings at all is undefined. */
function withAudio(exhibit: Exhibit, language: keyof Localized, value: string): Exhibit['audio'] {
  const audio = { ...exhibit.audio, [language]: value.trim() || undefined }
  const entries = Object.entries(audio).filter(([, src]) => src !== undefined)
  return entries.length > 0 ? Object.fromEntries(entries) : undefined
}

interface ExhibitEditorProps {
  doc: Exhibition
  exhibit: Exhibit
  client: StudioClient
  /** Problems the schema finds in the draft, with paths such as `exhibits[3] "x".title.en`. */
  problems: readonly ContentProblem[]
  onChange: (label: string, changes: Partial<Exhibit>) => void
}

/** Every text of one exhibit, in both languages, with the schema's complaints next to the field they concern. */
export function ExhibitEditor({ doc, exhibit, client, problems, onChange }: ExhibitEditorProps) {
  const index = doc.exhibits.findIndex((candidate) => candidate.id === exhibit.id)
  const problemAt = (...path: string[]) =>
    problems.find((problem) => problem.path === `exhibits[${index}] "${exhibit.id}".${path.join('.')}`)?.message
  const setLocalized = (key: (typeof LOCALIZED_FIELDS)[number]['key'], language: keyof Localized, value: string) =>
    onChange(`Edit ${key} (${language})`, { [key]: { ...exhibit[key], [language]: value } })

  return (
    <form
      className="exhibit-editor"
      aria-label={`Edit "${exhibit.title.en}"`}
      onSubmit={(event) => event.preventDefault()}
    >
      <h2>{exhibit.title.en}</h2>
      <p className="studio-note">
        id <code>{exhibit.id}</code> · tour stop {exhibit.tour} · at {exhibit.position[0].toFixed(2)},{' '}
        {exhibit.position[1].toFixed(2)} · {exhibit.rotation}°
      </p>
      <div className="field-row">
        <label>
          Zone
          <select value={exhibit.zone} onChange={(event) => onChange('Change zone', { zone: event.target.value })}>
            {doc.hall.zones.map((zone) => (
              <option key={zone.id} value={zone.id}>
                {zone.title.en}
              </option>
            ))}
          </select>
        </label>
        <label>
          Turned (°)
          <input
            type="number"
            step={15}
            value={exhibit.rotation}
            onChange={(event) => onChange('Turn', { rotation: Number(event.target.value) })}
          />
        </label>
      </div>
      <KindField exhibit={exhibit} error={problemAt('media') ?? problemAt('interactive')} onChange={onChange} />
      {LOCALIZED_FIELDS.map(({ key, label, multiline }) =>
        LANGUAGES.map((language) => (
          <TextField
            key={`${key}-${language}`}
            label={`${label} · ${LANGUAGE_NAMES[language]}`}
            lang={language === 'zh' ? 'zh-CN' : 'en'}
            value={exhibit[key][language]}
            multiline={multiline}
            error={problemAt(key, language)}
            onCommit={(value) => setLocalized(key, language, value)}
            preview={
              key === 'body'
                ? (text) => <MarkdownPreview text={text} lang={language === 'zh' ? 'zh-CN' : 'en'} />
                : undefined
            }
          />
        )),
      )}
      {LANGUAGES.map((language) => (
        <NarrationField
          key={`audio-${language}`}
          client={client}
          exhibit={exhibit}
          language={language}
          error={problemAt('audio', language)}
          onSet={(value) =>
            onChange(`Edit narration recording (${language})`, { audio: withAudio(exhibit, language, value) })
          }
        />
      ))}
      <MediaUpload
        client={client}
        exhibit={exhibit}
        onUploaded={(media) =>
          // The stand shows what was uploaded; its description starts as the exhibit's title, to be refined.
          onChange(`Upload ${media.kind}`, {
            kind: exhibit.kind === 'text' || exhibit.kind === media.kind ? media.kind : exhibit.kind,
            media: [{ kind: media.kind, src: media.src, alt: { ...exhibit.title } }],
          })
        }
      />
      <CitationField doc={doc} exhibit={exhibit} problemAt={problemAt} onChange={onChange} />
    </form>
  )
}
