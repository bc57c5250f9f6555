import type { Exhibit, Exhibition } from '../content/schema'
import { freeSpot } from '../world/freeSpot'

/**
 * A blank text stand in the middle of the first zone, last in the tour. Its texts say what to write, so the draft
 * stays valid and the curator sees at a glance what is left to do. It cites nothing: where its text comes from is the
 * curator's choice (a source's paragraphs or a curator's note), and it cannot be published until that is made.
 */
export function newExhibit(doc: Exhibition): Exhibit {
  const taken = new Set(doc.exhibits.map((exhibit) => exhibit.id))
  let n = 1
  while (taken.has(`new-exhibit-${n}`)) n++
  const zone = doc.hall.zones[0]
  const [[x1, z1], [x2, z2]] = zone?.area ?? [
    [0, 0],
    [0, 0],
  ]
  return {
    id: `new-exhibit-${n}`,
    zone: zone?.id ?? 'main',
    kind: 'text',
    // Free floor in the zone, never on top of another stand or in a doorway; the zone's middle only when it is full.
    position: freeSpot(
      doc.hall,
      doc.exhibits,
      [
        [x1, z1],
        [x2, z2],
      ],
      'text',
    ) ?? [Math.round((x1 + x2) / 2), Math.round((z1 + z2) / 2)],
    rotation: 0,
    title: { zh: '（填写标题）', en: '(Write the title)' },
    summary: { zh: '（填写展台上的摘要）', en: '(Write the summary shown on the stand)' },
    body: { zh: '（填写全文）', en: '(Write the full text)' },
    narration: {
      zh: '（填写旁白：几句口语化的话，作为字幕显示。）',
      en: '(Write the narration: a few spoken sentences, shown as captions.)',
    },
    media: [],
    tour: Math.max(0, ...doc.exhibits.map((exhibit) => exhibit.tour)) + 1,
  }
}
