import type { Citation, Exhibit, Exhibition } from '../../content/schema'
import { TextField } from './TextField'

type Attribution = 'none' | 'source' | 'curatorNote'

const attributionOf = (exhibit: Exhibit): Attribution =>
  exhibit.citation ? 'source' : exhibit.curatorNote ? 'curatorNote' : 'none'

/** The first words of a paragraph, to tell paragraphs apart in a list of checkboxes. */
const opening = (paragraph: string) => (paragraph.length > 90 ? `${paragraph.slice(0, 90)}…` : paragraph)

interface CitationFieldProps {
  doc: Exhibition
  exhibit: Exhibit
  problemAt: (...path: string[]) => string | undefined
  onChange: (label: string, changes: Partial<Exhibit>) => void
}

/**
 * Where the exhibit's text comes from: a source's paragraphs (and the passage quoted from them), or the curators'
 * own note. Nothing is chosen for the curator: a new exhibit says "not given yet" and is not published so.
 */
export function CitationField({ doc, exhibit, problemAt, onChange }: CitationFieldProps) {
  const attribution = attributionOf(exhibit)
  const citation = exhibit.citation
  const source = doc.sources.find((candidate) => candidate.id === citation?.source)
  const choose = (next: Attribution) => {
    if (next === 'curatorNote') onChange('Mark as a curator’s note', { citation: undefined, curatorNote: true })
    if (next === 'none') onChange('Clear the source', { citation: undefined, curatorNote: undefined })
    if (next === 'source') {
      const first = doc.sources[0]
      if (!first) return
      // The curator ticks the paragraphs next; the quote starts as the first paragraph's words, to be cut down.
      onChange('Cite a source', {
        curatorNote: undefined,
        citation: { source: first.id, paragraphs: [1], quote: first.paragraphs[0] ?? first.title.en },
      })
    }
  }
  const setCitation = (label: string, changes: Partial<Citation>) => {
    if (citation) onChange(label, { citation: { ...citation, ...changes } })
  }
  const toggleParagraph = (n: number, on: boolean) => {
    if (!citation) return
    const paragraphs = on
      ? [...new Set([...citation.paragraphs, n])].sort((a, b) => a - b)
      : citation.paragraphs.filter((p) => p !== n)
    // The schema wants at least one paragraph: the last one cannot be unticked, only another source chosen.
    if (paragraphs.length > 0) setCitation(`Cite paragraph ${n}`, { paragraphs })
  }
  return (
    <fieldset className="citation-field">
      <legend>Where this text comes from</legend>
      {attribution === 'none' && (
        <p className="field-error" role="note">
          Not given yet: this exhibit cannot be published until it cites a source or is marked as a curator’s note.
        </p>
      )}
      <label>
        <input
          type="radio"
          name={`attribution-${exhibit.id}`}
          checked={attribution === 'source'}
          disabled={doc.sources.length === 0}
          onChange={() => choose('source')}
        />
        A source (visitors see the passage and where it is from)
      </label>
      <label>
        <input
          type="radio"
          name={`attribution-${exhibit.id}`}
          checked={attribution === 'curatorNote'}
          onChange={() => choose('curatorNote')}
        />
        A curator’s note (the curators’ own words; visitors see it marked as such)
      </label>
      <label>
        <input
          type="radio"
          name={`attribution-${exhibit.id}`}
          checked={attribution === 'none'}
          onChange={() => choose('none')}
        />
        Not decided yet
      </label>
      {citation && (
        <>
          <label>
            Source
            <select
              value={citation.source}
              onChange={(event) => {
                const next = doc.sources.find((candidate) => candidate.id === event.target.value)
                if (next) setCitation('Change the source', { source: next.id, paragraphs: [1] })
              }}
            >
              {doc.sources.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title.en}
                </option>
              ))}
            </select>
          </label>
          {problemAt('citation', 'source') && <p className="field-error">{problemAt('citation', 'source')}</p>}
          <fieldset className="cited-paragraphs">
            <legend>Cited paragraphs</legend>
            {source?.paragraphs.map((paragraph, index) => {
              const n = index + 1
              return (
                <label key={n}>
                  <input
                    type="checkbox"
                    checked={citation.paragraphs.includes(n)}
                    onChange={(event) => toggleParagraph(n, event.target.checked)}
                  />
                  ¶{n} {opening(paragraph)}
                </label>
              )
            })}
          </fieldset>
          <TextField
            label="Citation: the passage as the source words it"
            value={citation.quote}
            multiline
            error={problemAt('citation', 'quote')}
            onCommit={(quote) => setCitation('Edit the quoted passage', { quote })}
          />
        </>
      )}
      {problemAt('curatorNote') && <p className="field-error">{problemAt('curatorNote')}</p>}
    </fieldset>
  )
}
