/**
 * `npm run load`: starts the real server (src/server/start.ts) on loopback in its own process, over a fresh data
 * directory, and loads the visitor's content endpoint from this process with autocannon: 50 and 200 concurrent
 * connections, each fetching the document (gzip, as browsers ask for it) and revalidating it (If-None-Match, as a
 * returning visitor's browser does). Writes bench/results/load.json and prints a table. Nothing is asserted: the
 * figures depend on the machine and on what else it runs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { standInDist, startChildServer } from '../src/server/testing/childServer'

const DURATION_SECONDS = 10
const CONNECTIONS = [50, 200] as const
const PATH = '/content/exhibition.json'

interface Scenario {
  name: string
  connections: number
  headers: Record<string, string>
}

interface Figures {
  scenario: string
  connections: number
  durationSeconds: number
  requests: number
  requestsPerSecond: number
  throughputMBPerSecond: number
  latencyMs: { p50: number; p99: number; max: number }
  statuses: { '2xx': number; '3xx': number; '4xx': number; '5xx': number }
  errors: number
  timeouts: number
}

async function run(url: string, scenario: Scenario): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: scenario.connections,
    duration: DURATION_SECONDS,
    headers: scenario.headers,
  })
  return {
    scenario: scenario.name,
    connections: scenario.connections,
    durationSeconds: DURATION_SECONDS,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    throughputMBPerSecond: Number((result.throughput.average / 1024 / 1024).toFixed(2)),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    statuses: { '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] },
    errors: result.errors,
    timeouts: result.timeouts,
  }
}

const loadBefore = loadavg()[0] ?? 0
const root = mkdtempSync(join(tmpdir(), 'hall-load-'))
const server = await startChildServer({ dataDir: join(root, 'data'), distDir: standInDist(root) })
try {
  const url = `${server.origin}${PATH}`
  const first = await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } })
  const etag = first.headers.get('ETag') ?? ''
  // fetch() hands back the body decompressed; the header tells what went over the wire.
  const gzipBytes = Number(first.headers.get('Content-Length') ?? Number.NaN)
  await first.arrayBuffer()
  const plainBytes = (await (await fetch(url, { headers: { 'Accept-Encoding': 'identity' } })).arrayBuffer()).byteLength
  const scenarios = CONNECTIONS.flatMap((connections): Scenario[] => [
    { name: 'fetch (gzip)', connections, headers: { 'Accept-Encoding': 'gzip' } },
    { name: 'revalidate (304)', connections, headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': etag } },
  ])
  // A short run first, unrecorded, so the figures are of a warmed-up server rather than of its JIT compiling.
  await autocannon({ url, connections: 10, duration: 3, headers: { 'Accept-Encoding': 'gzip' } })
  const runs: Figures[] = []
  for (const scenario of scenarios) {
    console.log(`${scenario.name}, ${scenario.connections} connections, ${DURATION_SECONDS} s…`)
    runs.push(await run(url, scenario))
  }
  const report = {
    recordedAt: new Date().toISOString(),
    endpoint: `GET ${PATH}`,
    document: { bytes: plainBytes, gzipBytes },
    machine: {
      node: process.version,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      // Other work on the machine when the run began: on a shared machine it moves the figures a lot.
      loadAverage1m: Number(loadBefore.toFixed(1)),
    },
    note: 'Server and load generator share the machine (loopback, two processes). Figures are recorded, never asserted.',
    runs,
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/load.json', `${JSON.stringify(report, null, 2)}\n`)
  console.log(
    `\nGET ${PATH}: ${plainBytes} bytes, ${gzipBytes} gzipped; ${report.machine.cpus} CPUs, Node ${process.version}`,
  )
  console.table(
    runs.map((figures) => ({
      scenario: figures.scenario,
      connections: figures.connections,
      'requests/s': figures.requestsPerSecond,
      'MB/s': figures.throughputMBPerSecond,
      'p50 ms': figures.latencyMs.p50,
      'p99 ms': figures.latencyMs.p99,
      'non-2xx/3xx': figures.statuses['4xx'] + figures.statuses['5xx'],
      errors: figures.errors + figures.timeouts,
    })),
  )
  console.log('Written to bench/results/load.json')
} finally {
  await server.stop()
  rmSync(root, { recursive: true, force: true })
}
