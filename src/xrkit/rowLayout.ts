/** How a row of buttons sits in the space it is given. */
export interface RowOptions {
  /** Space between neighbours, metres. @default 0.02 */
  gap?: number
  /** Width the row may take, metres; a wider row is scaled down to fit. @default Infinity */
  maxWidth?: number
  /** Where a row narrower than `maxWidth` sits: centred, or from the left edge. @default 'center' */
  align?: 'center' | 'start'
}

/** Where each item of a row goes: centres along x (0 is the middle of the space), widths, and the scale applied. */
export interface RowLayout {
  xs: number[]
  widths: number[]
  /** 1 when the row fits; below 1 when widths and gaps were shrunk to fit `maxWidth`. */
  scale: number
}

/**
 * Lays out items of the given widths side by side, `gap` apart, centred on 0 (or from the left edge of
 * `maxWidth`). A row wider than `maxWidth` shrinks, widths and gaps alike, so that it fits exactly.
 */
export function layoutRow(
  widths: readonly number[],
  { gap = 0.02, maxWidth = Infinity, align = 'center' }: RowOptions = {},
): RowLayout {
  const natural = widths.reduce((sum, width) => sum + width, 0) + gap * Math.max(0, widths.length - 1)
  const scale = natural > maxWidth ? maxWidth / natural : 1
  const total = natural * scale
  let x = align === 'start' && Number.isFinite(maxWidth) ? -maxWidth / 2 : -total / 2
  const xs: number[] = []
  const scaled: number[] = []
  for (const width of widths) {
    const w = width * scale
    xs.push(x + w / 2)
    scaled.push(w)
    x += w + gap * scale
  }
  return { xs, widths: scaled, scale }
}

/**
 * Splits items into lines that each fit `maxWidth` (an item wider than that gets a line of its own), keeping
 * their order: indexes into `widths`, line by line.
 */
export function wrapRow(widths: readonly number[], { gap = 0.02, maxWidth = Infinity }: RowOptions = {}): number[][] {
  const lines: number[][] = []
  let line: number[] = []
  let used = 0
  widths.forEach((width, index) => {
    const needed = line.length ? used + gap + width : width
    if (line.length && needed > maxWidth) {
      lines.push(line)
      line = []
      used = width
    } else used = needed
    line.push(index)
  })
  if (line.length) lines.push(line)
  return lines
}
