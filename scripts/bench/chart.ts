/** One measured figure against the number of exhibits, with the optimizations on and off. */
export interface Series {
  title: string
  unit: string
  points: { exhibits: number; on: number; off: number }[]
}

const PANEL = { width: 300, height: 220, left: 56, right: 12, top: 34, bottom: 40 }
const COLORS = { on: '#2e7d32', off: '#c62828' }

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const round = (value: number) => Math.round(value * 10) / 10
const label = (value: number) =>
  value >= 1e6 ? `${round(value / 1e6)}M` : value >= 1e3 ? `${round(value / 1e3)}k` : `${round(value)}`

/** One panel: exhibits on a logarithmic x axis, the figure on a linear y axis from zero. */
function panel(series: Series, index: number): string {
  const x0 = index * PANEL.width
  const plotWidth = PANEL.width - PANEL.left - PANEL.right
  const plotHeight = PANEL.height - PANEL.top - PANEL.bottom
  const exhibits = series.points.map((point) => point.exhibits)
  const [minX, maxX] = [Math.min(...exhibits), Math.max(...exhibits)]
  const maxY = Math.max(1, ...series.points.flatMap((point) => [point.on, point.off])) * 1.1
  const x = (value: number) =>
    x0 +
    PANEL.left +
    (maxX === minX ? plotWidth / 2 : ((Math.log(value) - Math.log(minX)) / Math.log(maxX / minX)) * plotWidth)
  const y = (value: number) => PANEL.top + plotHeight - (value / maxY) * plotHeight
  const line = (key: 'on' | 'off') =>
    `<polyline fill="none" stroke="${COLORS[key]}" stroke-width="2"${key === 'off' ? ' stroke-dasharray="5 4"' : ''} points="${series.points
      .map((point) => `${round(x(point.exhibits))},${round(y(point[key]))}`)
      .join(' ')}"/>` +
    series.points
      .map(
        (point) =>
          `<circle cx="${round(x(point.exhibits))}" cy="${round(y(point[key]))}" r="3" fill="${COLORS[key]}"/>`,
      )
      .join('')
  const ticksY = [0, 0.5, 1].map((f) => (maxY * f) / 1.1)
  return [
    `<text x="${x0 + PANEL.width / 2}" y="18" text-anchor="middle" font-weight="bold">${escapeXml(series.title)} (${escapeXml(series.unit)})</text>`,
    `<line x1="${x0 + PANEL.left}" y1="${PANEL.top + plotHeight}" x2="${x0 + PANEL.left + plotWidth}" y2="${PANEL.top + plotHeight}" stroke="#555"/>`,
    `<line x1="${x0 + PANEL.left}" y1="${PANEL.top}" x2="${x0 + PANEL.left}" y2="${PANEL.top + plotHeight}" stroke="#555"/>`,
    ...ticksY.map(
      (value) => `<text x="${x0 + PANEL.left - 6}" y="${round(y(value)) + 4}" text-anchor="end">${label(value)}</text>`,
    ),
    ...exhibits.map(
      (value) =>
        `<text x="${round(x(value))}" y="${PANEL.top + plotHeight + 16}" text-anchor="middle">${label(value)}</text>`,
    ),
    `<text x="${x0 + PANEL.left + plotWidth / 2}" y="${PANEL.height - 6}" text-anchor="middle">exhibits</text>`,
    line('off'),
    line('on'),
  ].join('\n')
}

/** Side-by-side panels, one per series, with a legend: optimizations on (solid) and off (dashed). */
export function scalingChart(series: readonly Series[], caption: string): string {
  const width = PANEL.width * series.length
  const height = PANEL.height + 40
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...series.map(panel),
    `<g transform="translate(12 ${PANEL.height + 12})">`,
    `<line x1="0" y1="8" x2="24" y2="8" stroke="${COLORS.on}" stroke-width="2"/><text x="30" y="12">optimizations on</text>`,
    `<line x1="150" y1="8" x2="174" y2="8" stroke="${COLORS.off}" stroke-width="2" stroke-dasharray="5 4"/><text x="180" y="12">off (?opt=off)</text>`,
    `<text x="320" y="12" fill="#555">${escapeXml(caption)}</text>`,
    '</g>',
    '</svg>',
    '',
  ].join('\n')
}
