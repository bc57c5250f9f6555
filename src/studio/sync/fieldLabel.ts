import type { PathSegment } from '../../content/merge'
import type { Exhibition } from '../../content/schema'

const WORDS: Record<string, string> = {
  title: 'Title',
  subtitle: 'Subtitle',
  summary: 'Summary',
  body: 'Full text',
  narration: 'Narration',
  audio: 'Narration recording',
  en: 'English',
  zh: '中文',
  position: 'Place',
  rotation: 'Turned',
  zone: 'Zone',
  kind: 'Kind',
  media: 'Media',
  citation: 'Citation',
  curatorNote: 'Curator’s note',
  source: 'Source',
  publisher: 'Publisher',
  date: 'Date',
  note: 'Note',
  quote: 'Quote',
  paragraphs: 'Paragraphs',
  explanation: 'Explanation',
  tour: 'Tour stop',
  interactive: 'Interactive',
  hall: 'Layout',
  walls: 'Walls',
  zones: 'Zones',
  entrance: 'Entrance',
  sources: 'Sources',
  width: 'Width',
  depth: 'Depth',
  height: 'Height',
  thickness: 'Thickness',
  from: 'Start',
  to: 'End',
  offset: 'Place along the wall',
  openings: 'Doorways',
  yaw: 'Facing',
  color: 'Colour',
  area: 'Area',
}

/** How an element of a list is named after the list's own name: walls and doorways by number, zones and sources by title. */
const ELEMENT: Record<string, (segment: PathSegment, docs: readonly Exhibition[]) => string> = {
  walls: (segment) => `Wall ${word(segment)}`,
  openings: (segment) => `Doorway ${word(segment)}`,
  zones: (segment, docs) => `Zone “${titleOf(docs, 'zones', segment)}”`,
  sources: (segment, docs) => `Source “${titleOf(docs, 'sources', segment)}”`,
}

/** The English title of an exhibit, zone or source by its id, from the first document that has it. */
function titleOf(docs: readonly Exhibition[], list: 'exhibits' | 'zones' | 'sources', id: PathSegment): string {
  for (const doc of docs) {
    const items = list === 'exhibits' ? doc.exhibits : list === 'zones' ? doc.hall.zones : doc.sources
    const found = items.find((item) => item.id === id)
    if (found) return found.title.en
  }
  return String(id)
}

/**
 * A conflict's path in a curator's words: `“Welcome” · Title · English`, `Layout · Wall 6 · Doorway 1 · Width`.
 * Exhibits and zones are named from the first of `docs` that has them (the curator's own screen first).
 */
export function fieldLabel(path: readonly PathSegment[], docs: readonly Exhibition[]): string {
  const [first, second, ...rest] = path
  if (first === 'exhibits' && typeof second === 'string') {
    const name = `“${titleOf(docs, 'exhibits', second)}”`
    return rest.length === 0 ? `${name} (the whole exhibit)` : [name, ...words(rest, docs)].join(' · ')
  }
  return words(path, docs).join(' · ')
}

function words(path: readonly PathSegment[], docs: readonly Exhibition[]): string[] {
  const result: string[] = []
  path.forEach((segment, index) => {
    const list = path[index - 1]
    const element = typeof list === 'string' ? ELEMENT[list] : undefined
    // "Walls · 6" reads as "Wall 6": the element replaces its list's name.
    if (element && index > 0) result[result.length - 1] = element(segment, docs)
    else result.push(word(segment))
  })
  return result
}

function word(segment: PathSegment): string {
  return typeof segment === 'number' ? String(segment + 1) : (WORDS[segment] ?? segment)
}
