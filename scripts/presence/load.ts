/**
 * `npm run load:presence`: 200 bot visitors (9 instances of up to 23) on a loopback server, each walking at 15 poses
 * a second, for 20 seconds. Records send-to-receive latency (p50, p99), the server's CPU and memory, bytes received
 * per visitor per second, and the content endpoint's response times alone and under the presence load, into
 * bench/results/presence-load.json. Figures are recorded, never asserted.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { standInDist, startChildServer } from '../../src/server/testing/childServer'
import { type Bot, joinBot } from './bot'

const BOTS = Number(process.env.BOTS ?? 200)
const INSTANCE = 23
const SECONDS = Number(process.env.SECONDS ?? 20)

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return Number(fields[11]) + Number(fields[12])
}
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024

async function http(origin: string) {
  const result = await autocannon({ url: `${origin}/content/exhibition.json`, connections: 20, duration: 5 })
  return { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99 }
}

const root = mkdtempSync(join(tmpdir(), 'presence-load-'))
const server = await startChildServer({
  dataDir: join(root, 'data'),
  distDir: standInDist(root),
  env: { PRESENCE_INSTANCE_SIZE: String(INSTANCE) },
})
const pid = server.process.pid ?? 0
try {
  const httpAlone = await http(server.origin)
  const bots: Bot[] = []
  for (let i = 0; i < BOTS; i++) bots.push(await joinBot(server.origin))
  const instances = new Set(bots.map((bot) => bot.code)).size
  // Each pose carries a step number in its x; a receiver seeing it looks up when it was sent.
  const sentAt = new Map<string, number>()
  const latencies: number[] = []
  let bytes = 0
  for (const bot of bots) {
    // The socket is `ws` with binaryType 'arraybuffer': each message arrives as an ArrayBuffer.
    type Socket = { on: (event: 'message', listener: (data: ArrayBuffer) => void) => void }
    const ws = (bot.room.connection.transport as unknown as { ws: Socket }).ws
    ws.on('message', (data) => {
      bytes += data.byteLength
    })
    const lastSeen = new Map<string, number>()
    bot.room.onStateChange(() => {
      const now = performance.now()
      for (const [id, other] of bot.others()) {
        if (lastSeen.get(id) === other.hx) continue
        lastSeen.set(id, other.hx)
        const sent = sentAt.get(`${id}:${other.hx}`)
        if (sent !== undefined) latencies.push(now - sent)
      }
    })
  }
  const ticks0 = cpuTicks(pid)
  const started = performance.now()
  let step = 0
  const timer = setInterval(() => {
    step += 1
    for (const bot of bots) {
      const x = (step % 1500) - 750
      sentAt.set(`${bot.id}:${x}`, performance.now())
      bot.sendPose({ mode: 'desktop', head: [x, 160, 0], yaw: 0, pitch: 0 })
    }
  }, 1000 / 15)
  const httpUnderLoad = await http(server.origin)
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, SECONDS * 1000 - (performance.now() - started))))
  clearInterval(timer)
  const elapsed = (performance.now() - started) / 1000
  const cpuPercent = ((cpuTicks(pid) - ticks0) / 100 / elapsed) * 100
  latencies.sort((a, b) => a - b)
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model },
    visitors: BOTS,
    instances,
    seconds: Math.round(elapsed),
    latencyMs: { samples: latencies.length, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99) },
    server: { cpuPercent: Math.round(cpuPercent), rssMb: Math.round(rssMb(pid)) },
    bytesPerVisitorPerSecond: Math.round(bytes / BOTS / elapsed),
    bytesPerVisiblePeerPerSecond: Math.round(bytes / BOTS / elapsed / Math.max(1, BOTS / instances - 1)),
    http: { alone: httpAlone, underPresenceLoad: httpUnderLoad },
    note: 'bots and server share this machine: latency includes the bots’ own event loop',
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/presence-load.json', `${JSON.stringify(result, null, 2)}\n`)
  console.log(JSON.stringify(result, null, 2))
  await Promise.all(bots.map((bot) => bot.leave()))
} finally {
  await server.stop()
  rmSync(root, { recursive: true, force: true })
}
