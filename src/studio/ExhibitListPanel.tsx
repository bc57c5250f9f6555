import { useState } from 'react'
import type { Exhibition } from '../content/schema'
import { inTourOrder } from '../content/tourOrder'

interface ExhibitListPanelProps {
  doc: Exhibition
  selectedId: string | null
  onSelect: (id: string) => void
}

/** Every exhibit in tour order, searchable by title (either language), id or text. */
export function ExhibitListPanel({ doc, selectedId, onSelect }: ExhibitListPanelProps) {
  const [query, setQuery] = useState('')
  const needle = query.trim().toLowerCase()
  const shown = inTourOrder(doc.exhibits).filter(
    (exhibit) =>
      !needle ||
      [exhibit.id, exhibit.title.zh, exhibit.title.en, exhibit.summary.zh, exhibit.summary.en].some((text) =>
        text.toLowerCase().includes(needle),
      ),
  )
  return (
    <nav className="studio-list" aria-label="Exhibits">
      <label>
        Search
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      <ol>
        {shown.map((exhibit) => (
          <li key={exhibit.id} value={exhibit.tour}>
            <button type="button" aria-pressed={exhibit.id === selectedId} onClick={() => onSelect(exhibit.id)}>
              {exhibit.title.en}
              <span lang="zh-CN">{exhibit.title.zh}</span>
            </button>
          </li>
        ))}
      </ol>
      {shown.length === 0 && <p className="studio-note">No exhibit matches “{query}”.</p>}
    </nav>
  )
}
