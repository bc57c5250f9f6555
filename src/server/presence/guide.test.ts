import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Bot, joinBot, until } from '../../../scripts/presence/bot'
import type { GuideEvent } from '../../content/guide'
import { type ChildServer, standInDist, startChildServer } from '../testing/childServer'

const ADMIN = { email: 'guide@hall.test', password: 'a passphrase for the guide test' }

let server: ChildServer
let root: string
const bots: Bot[] = []
/** Every `event` each bot received, in order. */
const inbox = new Map<Bot, GuideEvent[]>()

async function bot(options: Parameters<typeof joinBot>[1] = {}): Promise<Bot> {
  const b = await joinBot(server.origin, options)
  const events: GuideEvent[] = []
  b.room.onMessage('event', (event: GuideEvent) => events.push(event))
  inbox.set(b, events)
  bots.push(b)
  return b
}
const eventsOf = (b: Bot) => inbox.get(b) ?? []
const has = (b: Bot, kind: GuideEvent['kind']) => eventsOf(b).some((event) => event.kind === kind)

/** A signed-in curator's fetch: the session cookie a browser would send, and the origin the CSRF check wants. */
async function signedInFetch(): Promise<typeof fetch> {
  const response = await fetch(`${server.origin}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.origin },
    body: JSON.stringify(ADMIN),
  })
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`)
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? ''
  return (input, init) =>
    fetch(input, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), Cookie: cookie, Origin: server.origin },
    })
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'guide-'))
  server = await startChildServer({
    dataDir: join(root, 'data'),
    distDir: standInDist(root),
    env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
  })
}, 60_000)

afterAll(async () => {
  await Promise.all(bots.map((b) => b.leave()))
  await server?.stop()
  rmSync(root, { recursive: true, force: true })
}, 20_000)

describe('guiding an instance', () => {
  it('refuses a visitor’s forged guide commands, to the sender only', async () => {
    const mallory = await bot()
    const other = await bot({ code: mallory.code })
    mallory.room.send('command', { kind: 'gather', at: { x: 0, z: 0, yaw: 0 }, exhibit: null })
    mallory.room.send('command', { kind: 'lead', on: true })
    mallory.room.send('command', { kind: 'show', exhibit: 'anything' })
    await until(() => eventsOf(mallory).filter((event) => event.kind === 'refused').length === 3, 'three refusals')
    // A ping round trip after the forgeries: anything they had caused would have reached the other by now.
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(eventsOf(other)).toEqual([])
    await Promise.all([mallory.leave(), other.leave()])
  })

  it('gathers everyone with a slot each; leads, brings and shows only to those who follow', async () => {
    const guide = await bot({ name: 'Guide Gao', fetcher: await signedInFetch() })
    const ada = await bot({ code: guide.code, name: 'Ada' })
    const ben = await bot({ code: guide.code, name: 'Ben' })

    guide.room.send('command', { kind: 'gather', at: { x: 120, z: -340, yaw: 1500 }, exhibit: 'metaverse-definition' })
    await until(() => has(ada, 'gather') && has(ben, 'gather'), 'the gathering reaching both')
    const slots = [ada, ben].map((b) => eventsOf(b).find((event) => event.kind === 'gather'))
    // Five seconds to accept, the default when staff set no other.
    expect(slots[0]).toMatchObject({ name: 'Guide Gao', at: { x: 120, z: -340, yaw: 1500 }, seconds: 5 })
    expect(new Set(slots.map((event) => (event?.kind === 'gather' ? event.slot : -1))).size).toBe(2)
    expect(has(guide, 'gather')).toBe(false)

    // A gathering outside the hall is dropped.
    guide.room.send('command', { kind: 'gather', at: { x: 30_000, z: 0, yaw: 0 }, exhibit: null })

    // Leading invites everyone; Ada accepts, Ben does not.
    guide.room.send('command', { kind: 'lead', on: true })
    await until(() => has(ada, 'lead') && has(ben, 'lead'), 'the invitation')
    ada.room.send('command', { kind: 'follow', guide: guide.id, on: true })
    await until(() => has(ada, 'following'), 'Ada following')
    expect(eventsOf(ada).find((event) => event.kind === 'following')).toMatchObject({ on: true })
    await until(() => guide.room.state.visitors.get(ada.id)?.following === guide.id, 'the guide seeing it')

    guide.room.send('command', { kind: 'arrived', exhibit: 'sync-and-delay' })
    guide.room.send('command', { kind: 'show', exhibit: 'sync-and-delay' })
    await until(() => has(ada, 'bring') && has(ada, 'show'), 'Ada brought along and shown')
    expect(eventsOf(ada).find((event) => event.kind === 'bring')).toMatchObject({ exhibit: 'sync-and-delay', slot: 0 })
    expect(has(ben, 'bring') || has(ben, 'show')).toBe(false)
    expect(eventsOf(ada).filter((event) => event.kind === 'gather')).toHaveLength(1)

    // A late visitor is invited as they arrive; stopping leading releases Ada.
    const late = await bot({ code: guide.code })
    await until(() => has(late, 'lead'), 'the late visitor invited')
    guide.room.send('command', { kind: 'lead', on: false })
    await until(() => eventsOf(ada).some((event) => event.kind === 'lead' && !event.on), 'the end of leading')
    await until(() => guide.room.state.visitors.get(ada.id)?.following === '', 'Ada no longer following')
    // Following a guide who does not lead is refused by the server's answer: off.
    ben.room.send('command', { kind: 'follow', guide: guide.id, on: true })
    await until(() => has(ben, 'following'), 'Ben answered')
    expect(eventsOf(ben).find((event) => event.kind === 'following')).toMatchObject({ on: false })
  })
})
