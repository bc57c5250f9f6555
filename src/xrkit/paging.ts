/** How much text a page holds: line width in ems of a full-width (CJK) character, and lines per page. */
export interface PageLayout {
  lineEms: number
  lines: number
}

/** Chinese, Japanese and Korean characters and full-width punctuation take a full em; Latin text about half. */
const FULL_WIDTH = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/

/** Width of a string in ems, as the panel font sets it (an estimate that errs towards wide). */
export function textEms(text: string): number {
  let ems = 0
  for (const char of text) ems += FULL_WIDTH.test(char) ? 1 : 0.55
  return ems
}

const linesOf = (text: string, layout: PageLayout) => Math.max(1, Math.ceil(textEms(text) / layout.lineEms))

/** Splits after sentence ends (Chinese and Latin); a sentence longer than a page is cut by characters. */
function pieces(paragraph: string, layout: PageLayout): string[] {
  const sentences = paragraph.match(/[^。！？.!?]+[。！？.!?]*\s*/g) ?? [paragraph]
  const out: string[] = []
  for (const sentence of sentences) {
    if (linesOf(sentence, layout) <= layout.lines) {
      out.push(sentence)
      continue
    }
    let chunk = ''
    for (const char of sentence) {
      if (linesOf(chunk + char, layout) > layout.lines) {
        out.push(chunk)
        chunk = ''
      }
      chunk += char
    }
    if (chunk) out.push(chunk)
  }
  return out
}

/**
 * Pages of a long text for a headset panel, which cannot scroll comfortably: each page is a list of paragraphs.
 * A paragraph that does not fit in the space left continues on the next page, split after a sentence.
 */
export function paginate(paragraphs: readonly string[], layout: PageLayout): string[][] {
  const pages: string[][] = []
  let page: string[] = []
  let used = 0
  for (const paragraph of paragraphs) {
    let current = ''
    for (const piece of pieces(paragraph, layout)) {
      // A blank line between paragraphs, but not above the first one on a page.
      const gap = page.length ? 1 : 0
      if (used + gap + linesOf(current + piece, layout) <= layout.lines) {
        current += piece
        continue
      }
      if (current) page.push(current.trim())
      if (page.length) pages.push(page)
      page = []
      used = 0
      current = piece
    }
    if (!current.trim()) continue
    used += (page.length ? 1 : 0) + linesOf(current, layout)
    page.push(current.trim())
  }
  if (page.length) pages.push(page)
  return pages.length ? pages : [[]]
}
