/**
 * Markup a browser would run if it ever took the file for a page: long enough that compressed pixel or mesh data
 * does not contain one by chance (the shortest, `<html>`, about once in 2^40 bytes), case-insensitive as HTML is.
 */
const MARKUP =
  /<script|<html[\s>]|<!doctype\s+html|<iframe[\s>]|<object[\s>]|<embed[\s>]|javascript:|\bon(?:error|load)\s*=/i

/** The markup found in an upload, if any: a file that is both an image (or model) and a page is a polyglot attack. */
export function markupIn(bytes: Buffer): string | undefined {
  // latin1 maps each byte to one character, so the search sees the bytes as they are, at one byte per character.
  return MARKUP.exec(bytes.toString('latin1'))?.[0]
}

/** Bytes after a PNG's IEND chunk (where polyglots hide a second file), or undefined when the chunks do not parse. */
export function bytesAfterPngEnd(bytes: Buffer): number | undefined {
  let offset = 8
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    offset += 12 + length
    if (type === 'IEND') return Math.max(0, bytes.length - offset)
  }
  return undefined
}
