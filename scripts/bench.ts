/**
 * `npm run bench`: builds, serves the production build on loopback and measures in headless Chromium what a visitor
 * pays, for the default exhibition and for generated ones with 10 and 50 times the exhibits, each with the hall's
 * optimizations on and (`?opt=off`) off. Writes bench/results/latest.json and bench/results/scaling.svg and prints a
 * table. Counts and bytes are checked against the budgets (a breach exits non-zero); times are only recorded, since
 * this machine is shared and renders in software. `--no-build` reuses dist/ as it is; `--quick` (for working on the
 * benchmark itself) measures the default exhibition once per configuration and writes nothing.
 */
import { execSync, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium'
import defaultExhibition from '../src/content/default-exhibition.json' with { type: 'json' }
import { describeProblems, parseExhibition } from '../src/content/parse'
import { scalingChart } from './bench/chart'
import { desktopTour, type FirstVisit, firstVisit, type RenderCounts, vrView } from './bench/measure'
import { serveExhibition } from './bench/serveExhibition'
import { scaledExhibition } from './scale/scaledExhibition'

const QUICK = process.argv.includes('--quick')
const SCALES = QUICK ? [1] : [1, 10, 50]
type Mode = 'on' | 'off'

/**
 * What each configuration measures: first visits (the first also counts idle frames), a desktop tour of the
 * viewpoints, and VR views (the entrance, then as many stops). Without its optimizations the 50x hall takes about a
 * minute to its first frame in software here (thousands of draw calls), so it gets one first visit and nothing more.
 */
function planFor(copies: number, mode: Mode): { runs: number; tour: boolean; vrStops: number } {
  if (QUICK) return { runs: 1, tour: true, vrStops: 1 }
  if (mode === 'on') return { runs: 5, tour: true, vrStops: 1 }
  return copies >= 50 ? { runs: 1, tour: false, vrStops: -1 } : { runs: 3, tour: true, vrStops: 0 }
}
const IDLE_MS = 3000
// 450 KB as the issue states it: decimal kilobytes.
const BUDGET = { jsGzipBytes: 450_000, desktopDrawCalls: 100, vrDrawCalls: 200, programs: 25, texture: 2048 }
const MAX_GROWTH = 1.25

interface Result {
  copies: number
  exhibits: number
  optimizations: Mode
  /** What was measured (see planFor). */
  plan: { runs: number; tour: boolean; vrStops: number }
  bytesBeforeFirstFrame: { jsGzip: number; allGzip: number; jsFiles: string[] }
  firstFrameMs: { median: number; runs: number[] }
  idleFramesIn3s: number
  desktop: Record<string, RenderCounts>
  vr: Record<string, RenderCounts>
  /** Null where the configuration was too slow to tour (see planFor). */
  heapBytesAfterTour: number | null
  largestTextureTexels: number | null
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

const started = Date.now()
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(1)
}

const parsed = parseExhibition(defaultExhibition)
if (!parsed.ok) throw new Error(`The default exhibition is invalid:\n${describeProblems(parsed.problems)}`)
const base = parsed.exhibition
// The fixed viewpoints: the entrance, and the first stand of each zone; the entrance pavilion of a generated hall is
// the base hall with the base ids, so the same places exist at every scale.
const stops = base.hall.zones.flatMap((zone) => {
  const first = [...base.exhibits].sort((a, b) => a.tour - b.tour).find((exhibit) => exhibit.zone === zone.id)
  return first ? [{ name: zone.id, id: first.id, title: first.title.en }] : []
})

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
})
const results: Result[] = []
try {
  for (const copies of SCALES) {
    const exhibition = scaledExhibition(base, copies)
    const server = await serveExhibition(exhibition)
    try {
      for (const mode of ['on', 'off'] as const) {
        const query = mode === 'off' ? '&opt=off' : ''
        const url = (extra = '') => `${server.origin}/?lang=en${extra}${query}`
        console.log(`${exhibition.exhibits.length} exhibits, optimizations ${mode}…`)
        const plan = planFor(copies, mode)
        const visits: FirstVisit[] = []
        for (let run = 0; run < plan.runs; run++) visits.push(await firstVisit(browser, url(), run === 0 ? IDLE_MS : 0))
        const [first] = visits
        if (!first) throw new Error('no visits')
        const tour = plan.tour ? await desktopTour(browser, url(), stops) : null
        const vr: Record<string, RenderCounts> = {}
        if (plan.vrStops >= 0) vr.entrance = await vrView(browser, url('&xr-emulate=quest3'))
        for (const stop of stops.slice(0, Math.max(0, plan.vrStops))) {
          vr[stop.name] = await vrView(browser, url(`&xr-emulate=quest3&exhibit=${stop.id}`))
        }
        results.push({
          copies,
          exhibits: exhibition.exhibits.length,
          optimizations: mode,
          plan,
          bytesBeforeFirstFrame: { jsGzip: first.jsGzipBytes, allGzip: first.allGzipBytes, jsFiles: first.jsFiles },
          firstFrameMs: {
            median: Math.round(median(visits.map((visit) => visit.firstFrameMs))),
            runs: visits.map((visit) => Math.round(visit.firstFrameMs)),
          },
          idleFramesIn3s: first.idleFrames,
          desktop: tour?.viewpoints ?? { entrance: first.counts },
          vr,
          heapBytesAfterTour: tour?.heapBytes ?? null,
          largestTextureTexels: tour?.largestTexture ?? null,
        })
      }
    } finally {
      server.close()
    }
  }
} finally {
  await browser.close()
}

const find = (copies: number, mode: Mode) => results.find((r) => r.copies === copies && r.optimizations === mode)
/** The largest of a count over the viewpoints measured; 0 when none were. */
const maxOf = (counts: Record<string, RenderCounts>, key: keyof RenderCounts) =>
  Math.max(0, ...Object.values(counts).map((c) => c[key]))
/** Per viewpoint, the draw calls of `copies` times the exhibits against the default's, with optimizations `mode`. */
const growth = (copies: number, mode: Mode) => {
  const one = find(1, mode)
  const many = find(copies, mode)
  if (!one || !many) return {}
  return Object.fromEntries(
    Object.entries(many.desktop).map(([name, counts]) => [
      name,
      Math.round((counts.drawCalls / (one.desktop[name]?.drawCalls ?? 1)) * 100) / 100,
    ]),
  )
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
}
const report = {
  date: new Date().toISOString(),
  machine,
  commit: (() => {
    try {
      return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
    } catch {
      return 'unknown'
    }
  })(),
  renderer: 'SwiftShader (software WebGL) in headless Chromium: times are far slower than on a GPU',
  runSeconds: Math.round((Date.now() - started) / 1000),
  budgets: { ...BUDGET, drawCallGrowthAt10x: MAX_GROWTH },
  viewpoints: ['entrance', ...stops.map((stop) => `${stop.name} (in front of "${stop.id}")`)],
  drawCallGrowth: {
    on: { '10x': growth(10, 'on'), '50x': growth(50, 'on') },
    off: { '10x': growth(10, 'off'), '50x': growth(50, 'off') },
  },
  results,
}
if (QUICK) console.log(JSON.stringify(results, null, 1))
else {
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`)
}

const series = (title: string, unit: string, pick: (r: Result) => number) => ({
  title,
  unit,
  points: SCALES.map((copies) => {
    const on = find(copies, 'on')
    const off = find(copies, 'off')
    return { exhibits: on?.exhibits ?? 0, on: on ? pick(on) : 0, off: off ? pick(off) : 0 }
  }),
})
const chart = scalingChart(
  [
    series('Draw calls', 'desktop, entrance', (r) => r.desktop.entrance?.drawCalls ?? 0),
    series('Bytes before first frame', 'KB gzip', (r) => r.bytesBeforeFirstFrame.allGzip / 1000),
    series('First frame', `ms, median`, (r) => r.firstFrameMs.median),
  ],
  `${report.date.slice(0, 10)}, ${machine.cpus} × ${machine.cpuModel}, SwiftShader`,
)
if (!QUICK) writeFileSync('bench/results/scaling.svg', chart)

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`
console.table(
  Object.fromEntries(
    results.map((r) => [
      `${r.exhibits} exhibits, opt ${r.optimizations}`,
      {
        'JS gzip': kb(r.bytesBeforeFirstFrame.jsGzip),
        'all gzip': kb(r.bytesBeforeFirstFrame.allGzip),
        'first frame ms': r.firstFrameMs.median,
        'draw calls (entrance / max)': `${r.desktop.entrance?.drawCalls} / ${maxOf(r.desktop, 'drawCalls')}`,
        'VR draw calls (max)': maxOf(r.vr, 'drawCalls'),
        'triangles (max)': maxOf(r.desktop, 'triangles'),
        programs: Math.max(maxOf(r.desktop, 'programs'), maxOf(r.vr, 'programs')),
        textures: maxOf(r.desktop, 'textures'),
        'text meshes': maxOf(r.desktop, 'textMeshes'),
        'heap MB': r.heapBytesAfterTour === null ? '-' : (r.heapBytesAfterTour / 1e6).toFixed(1),
        'idle frames': r.idleFramesIn3s,
      },
    ]),
  ),
)
console.log('Draw calls against the default exhibition, per viewpoint:', JSON.stringify(report.drawCallGrowth))
console.log(`Written to bench/results/latest.json and bench/results/scaling.svg in ${report.runSeconds} s`)

const breaches = results
  .filter((r) => r.optimizations === 'on')
  .flatMap((r) => {
    const at = `${r.exhibits} exhibits`
    return [
      r.bytesBeforeFirstFrame.jsGzip > BUDGET.jsGzipBytes &&
        `${at}: ${kb(r.bytesBeforeFirstFrame.jsGzip)} of JavaScript`,
      maxOf(r.desktop, 'drawCalls') > BUDGET.desktopDrawCalls && `${at}: ${maxOf(r.desktop, 'drawCalls')} draw calls`,
      maxOf(r.vr, 'drawCalls') > BUDGET.vrDrawCalls && `${at}: ${maxOf(r.vr, 'drawCalls')} draw calls in VR`,
      maxOf(r.vr, 'programs') > BUDGET.programs && `${at}: ${maxOf(r.vr, 'programs')} shader programs`,
      (r.largestTextureTexels ?? 0) > BUDGET.texture && `${at}: a texture of ${r.largestTextureTexels} texels`,
      r.idleFramesIn3s > 0 && `${at}: an idle visitor rendered ${r.idleFramesIn3s} frames`,
    ]
  })
  .concat(
    Object.entries(growth(10, 'on'))
      .filter(([, ratio]) => ratio > MAX_GROWTH)
      .map(([name, ratio]) => `10x exhibits cost ${ratio}x the draw calls at ${name}`),
  )
  .filter(Boolean)
if (breaches.length > 0) {
  console.error(`Over budget:\n- ${breaches.join('\n- ')}`)
  process.exitCode = 1
}
