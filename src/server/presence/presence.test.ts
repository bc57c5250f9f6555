import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Bot, joinBot, until } from '../../../scripts/presence/bot'
import { type ChildServer, standInDist, startChildServer } from '../testing/childServer'

let server: ChildServer
let root: string
const bots: Bot[] = []
const bot = async (options?: Parameters<typeof joinBot>[1]) => {
  const b = await joinBot(server.origin, options)
  bots.push(b)
  return b
}
const pose = (x: number, z: number) => ({
  mode: 'desktop' as const,
  head: [x, 160, z] as [number, number, number],
  yaw: 0,
  pitch: 0,
})

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'presence-'))
  server = await startChildServer({
    dataDir: join(root, 'data'),
    distDir: standInDist(root),
    env: { PRESENCE_INSTANCE_SIZE: '3' },
  })
}, 60_000)

afterAll(async () => {
  await Promise.all(bots.map((b) => b.leave()))
  const stopping = Date.now()
  await server?.stop()
  // SIGTERM closes the engine's sockets first: a server that hangs on open sockets fails here.
  expect(Date.now() - stopping).toBeLessThan(8000)
  rmSync(root, { recursive: true, force: true })
}, 20_000)

describe('presence through the hall server', () => {
  it('two visitors see each other where they stand; an invisible one is seen by no one', async () => {
    const a = await bot({ name: 'Ada' })
    const b = await bot({ code: a.code })
    const ghost = await bot({ code: a.code, invisible: true })
    a.sendPose(pose(250, -300))
    b.sendPose(pose(-100, 120))
    ghost.sendPose(pose(0, 0))
    await until(() => b.others().get(a.id)?.hx === 250 && a.others().get(b.id)?.hz === 120, 'both poses')
    expect(b.others().get(a.id)).toMatchObject({ name: 'Ada', hx: 250, hy: 160, hz: -300, guide: false })
    expect(a.others().get(b.id)?.name).toMatch(/^Visitor \d+$/)
    // The invisible visitor sees the others, and no one sees them.
    await until(() => ghost.others().size === 2, 'the invisible visitor seeing both')
    expect([...a.others().keys()]).toEqual([b.id])
    await Promise.all([a.leave(), b.leave(), ghost.leave()])
  })

  it('drops poses outside the hall, NaN and a hand 10 m from the head; nothing reaches the other visitor', async () => {
    const a = await bot()
    const b = await bot({ code: a.code })
    a.sendPose(pose(100, 100))
    await until(() => b.others().get(a.id)?.hx === 100, 'a first pose')
    const seen = new Set<number>()
    const names = new Set<string>()
    b.room.onStateChange(() => {
      const other = b.others().get(a.id)
      if (other) seen.add(other.hx)
      if (other) names.add(other.name)
    })
    a.room.send('pose', pose(9000, 0)) // 90 m from the centre: outside the default hall
    a.room.send('pose', { ...pose(120, 0), yaw: Number.NaN })
    a.room.send('pose', { ...pose(130, 0), mode: 'vr', right: [1130, 160, 0] })
    a.room.send('pose', { ...pose(140, 0), extra: 'field' })
    a.room.send('profile', { name: 'bad\u0007name', colour: '#ffffff' })
    a.room.send('profile', { name: 'x'.repeat(200), colour: '#ffffff' })
    a.room.send('nonsense', { anything: true })
    // Several patches go by before the next valid pose: anything accepted above would have reached b by then.
    await new Promise((resolve) => setTimeout(resolve, 400))
    a.sendPose(pose(150, 100))
    await until(() => b.others().get(a.id)?.hx === 150, 'the valid pose after the hostile ones')
    expect([...seen]).toEqual([150])
    expect([...names]).toHaveLength(1)
    expect([...names][0]).toMatch(/^Visitor \d+$/)
    await Promise.all([a.leave(), b.leave()])
  })

  it('throttles a flooding sender, then disconnects it; the other visitor stays', async () => {
    const a = await bot()
    const b = await bot({ code: a.code })
    let closedWith = 0
    a.room.onLeave((code) => {
      closedWith = code
    })
    for (let i = 0; i < 200; i++) a.sendPose(pose(i, 0))
    await until(() => closedWith !== 0, 'the flooder disconnected')
    expect(closedWith).toBe(4008)
    // Of the flood only what fitted the budget got through; the flooder then vanished for the other visitor.
    await until(() => !b.others().has(a.id), 'the flooder gone')
    expect(b.room.connection.isOpen).toBe(true)
    await b.leave()
  })

  it('fills an instance, then starts the next one; a join code finds the instance, a full one is refused', async () => {
    const first = await bot()
    const second = await bot({ code: first.code })
    const third = await bot({ code: first.code })
    const fourth = await bot()
    expect(fourth.code).not.toBe(first.code)
    await expect(bot({ code: first.code })).rejects.toThrow(/409/)
    await expect(bot({ code: 'ZZZZZ' })).rejects.toThrow(/404/)
    await second.leave()
    await until(() => !first.others().has(second.id), 'the second visitor gone')
    const back = await bot({ code: first.code })
    expect(back.code).toBe(first.code)
    await Promise.all([first.leave(), third.leave(), fourth.leave(), back.leave()])
  })
})
