const CJK_END = '。！？'
const LATIN_END = '.!?'

/**
 * How a narration is cut into captions: one sentence per caption, as a speaker would pause. Chinese sentences end
 * at 。！？; English ones at . ! ? followed by a space or the end (so "1.5" stays whole). Colons and semicolons stay
 * inside their sentence, so a caption never starts mid-thought.
 */
export function captionSentences(narration: string): string[] {
  const sentences: string[] = []
  let current = ''
  const chars = [...narration]
  chars.forEach((char, index) => {
    current += char
    const next = chars[index + 1]
    const ends =
      (CJK_END.includes(char) && !CJK_END.includes(next ?? '')) ||
      (LATIN_END.includes(char) && (next === undefined || /\s/.test(next)))
    if (ends) {
      sentences.push(current.trim())
      current = ''
    }
  })
  if (current.trim()) sentences.push(current.trim())
  return sentences.filter(Boolean)
}
