import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Bot, joinBot, until } from '../../../scripts/presence/bot'
import { type ChildServer, standInDist, startChildServer } from '../testing/childServer'

/** A free loopback port for Redis. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

let redis: ChildProcess
let first: ChildServer
let second: ChildServer
let root: string
const bots: Bot[] = []

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'presence-redis-'))
  const port = await freePort()
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  })
  const env = { REDIS_URL: `redis://127.0.0.1:${port}` }
  const dist = standInDist(root)
  // Two processes, each with its own data directory, sharing only Redis: as two machines would.
  first = await startChildServer({ dataDir: join(root, 'a'), distDir: dist, env })
  second = await startChildServer({ dataDir: join(root, 'b'), distDir: dist, env })
}, 90_000)

afterAll(async () => {
  await Promise.all(bots.map((bot) => bot.leave()))
  await Promise.all([first?.stop(), second?.stop()])
  redis?.kill('SIGTERM')
  rmSync(root, { recursive: true, force: true })
}, 30_000)

describe('presence over several processes through Redis', () => {
  it('visitors routed through either process meet in one instance and see each other move', async () => {
    const a = await joinBot(first.origin, { name: 'Through A' })
    bots.push(a)
    const b = await joinBot(second.origin, { name: 'Through B' })
    bots.push(b)
    // Matchmaking is shared: the second process seated its visitor in the instance the first one created.
    expect(b.code).toBe(a.code)
    expect(b.room.roomId).toBe(a.room.roomId)
    a.sendPose({ mode: 'desktop', head: [100, 160, 200], yaw: 0, pitch: 0 })
    b.sendPose({ mode: 'vr', head: [-50, 150, 20], yaw: 100, pitch: 0, right: [-20, 120, 0] })
    await until(() => b.others().get(a.id)?.hz === 200 && a.others().get(b.id)?.rx === -20, 'each other’s poses')
    expect(a.others().get(b.id)?.name).toBe('Through B')
    // A join code works through the other process too.
    const c = await joinBot(second.origin, { code: a.code })
    bots.push(c)
    await until(() => c.others().has(a.id), 'the third visitor seeing the first')
  }, 60_000)
})
