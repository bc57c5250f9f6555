import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Bot, joinBot, until } from '../../../scripts/presence/bot'
import type { ConsoleDevice, ConsoleEvent, Delivery, DeviceStatusMessage } from '../../content/console'
import { type ChildServer, standInDist, startChildServer } from '../testing/childServer'

const ADMIN = { email: 'console@hall.test', password: 'a passphrase for the console test' }

let server: ChildServer
let root: string
const bots: Bot[] = []
const inbox = new Map<Bot, ConsoleEvent[]>()

/** A device that records what the console sends it; it acknowledges only when `acks` says so. */
async function device(name: string, acks = true): Promise<Bot> {
  const b = await joinBot(server.origin, { name })
  const events: ConsoleEvent[] = []
  b.room.onMessage('console', (event: ConsoleEvent) => {
    events.push(event)
    if (acks) b.room.send('consoleAck', { id: event.id })
  })
  inbox.set(b, events)
  bots.push(b)
  return b
}
const eventsOf = (b: Bot) => inbox.get(b) ?? []

const status = (name: string, patch: Partial<DeviceStatusMessage> = {}): DeviceStatusMessage => ({
  deviceId: `id-${name}`,
  name,
  kiosk: true,
  language: 'en',
  immersive: false,
  openExhibitId: null,
  position: { x: 1.5, z: -2 },
  idleMs: 3000,
  kioskPhase: 'active',
  offline: { status: 'ready', bytesStored: 100, bytesNeeded: 100, filesMissing: 0 },
  lastPreflight: { at: 1_700_000_000_000, checks: [{ id: 'secure', status: 'pass' }] },
  rttMs: 12,
  ...patch,
})

/** A signed-in curator's requests: the session cookie and CSRF token a studio page would send. */
type StaffCall = ((path: string, body?: unknown) => Promise<Response>) & { cookie: string }
async function staff(): Promise<StaffCall> {
  const signIn = await fetch(`${server.origin}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server.origin },
    body: JSON.stringify(ADMIN),
  })
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`)
  const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0] ?? ''
  const { csrfToken } = (await signIn.json()) as { csrfToken: string }
  const call = (path: string, body?: unknown) =>
    fetch(`${server.origin}/api/console${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        Cookie: cookie,
        Origin: server.origin,
        'Content-Type': 'application/json',
        'X-CSRF-Token': csrfToken,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return Object.assign(call, { cookie })
}

async function devicesSeen(call: StaffCall): Promise<ConsoleDevice[]> {
  return ((await (await call('/devices')).json()) as { devices: ConsoleDevice[] }).devices
}
async function command(call: StaffCall, body: unknown): Promise<Delivery[]> {
  const response = await call('/commands', body)
  expect(response.status).toBe(200)
  return ((await response.json()) as { deliveries: Delivery[] }).deliveries
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'console-'))
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

describe('the staff console', () => {
  it('refuses anyone not signed in, and a visitor’s forged console messages reach no device', async () => {
    const mallory = await device('Mallory')
    const victim = await device('Victim')
    for (const path of ['/devices', '/commands']) {
      const response = await fetch(`${server.origin}/api/console${path}`, {
        method: path === '/devices' ? 'GET' : 'POST',
        headers: { 'Content-Type': 'application/json', Origin: server.origin },
        body: path === '/devices' ? undefined : JSON.stringify({ target: 'all', action: { kind: 'reset' } }),
      })
      expect(response.status).toBe(401)
    }
    // Over the socket: as a guide command, as the server's own message, as an acknowledgement.
    mallory.room.send('command', { kind: 'reset' })
    mallory.room.send('command', { target: victim.id, action: { kind: 'reset' } })
    mallory.room.send('console', { id: 'c1-x', action: { kind: 'reset' } })
    mallory.room.send('consoleAck', { id: 'c1-x' })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(eventsOf(victim)).toEqual([])
    expect(eventsOf(mallory)).toEqual([])
    // Signed in but without the CSRF token (a cross-site form): refused too.
    const call = await staff()
    const cookieOnly = await fetch(`${server.origin}/api/console/commands`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: server.origin,
        Cookie: call.cookie,
      },
      body: JSON.stringify({ target: 'all', action: { kind: 'reset' } }),
    })
    expect(cookieOnly.status).toBe(403)
    expect(eventsOf(victim)).toEqual([])
    await Promise.all([mallory.leave(), victim.leave()])
  })

  it('lists devices with their latest valid status, and refuses bad commands with the field at fault', async () => {
    const call = await staff()
    const a = await device('Seat A')
    const b = await device('Seat B')
    a.room.send('status', status('Headset 1', { immersive: true, openExhibitId: 'sync-and-delay' }))
    await expect
      .poll(async () => (await devicesSeen(call)).find((d) => d.sessionId === a.id)?.status?.name)
      .toBe('Headset 1')
    // A status that fails its schema is dropped: the last valid one stays.
    a.room.send('status', { ...status('Headset 1'), name: 'x'.repeat(500) })
    a.room.send('status', { ...status('Headset 1'), extra: true })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const listed = await devicesSeen(call)
    expect(listed.find((d) => d.sessionId === a.id)).toMatchObject({
      seatName: 'Seat A',
      status: { name: 'Headset 1', immersive: true, openExhibitId: 'sync-and-delay', rttMs: 12 },
    })
    expect(listed.find((d) => d.sessionId === b.id)).toMatchObject({ seatName: 'Seat B', status: null })

    const bad = await call('/commands', { target: a.id, action: { kind: 'message', text: { zh: '', en: 'x' } } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toContain('action.text.zh')
    expect((await call('/commands', { target: a.id, action: { kind: 'explode' } })).status).toBe(400)
    expect(eventsOf(a)).toEqual([])
    await Promise.all([a.leave(), b.leave()])
  })

  it('delivers to one device or all, and reports a device that is gone or silent as not delivered', async () => {
    const call = await staff()
    const a = await device('Dev A')
    const b = await device('Dev B')
    const silent = await device('Dev Silent', false)

    const one = await command(call, { target: a.id, action: { kind: 'goto', exhibit: 'sync-and-delay' } })
    expect(one).toEqual([{ target: a.id, name: 'Dev A', delivered: true }])
    expect(eventsOf(a).map((event) => event.action)).toEqual([{ kind: 'goto', exhibit: 'sync-and-delay' }])
    expect(eventsOf(b)).toEqual([])

    const message = { kind: 'message', text: { zh: '展厅十分钟后关闭', en: 'The hall closes in 10 minutes' } }
    const all = await command(call, { target: 'all', action: message })
    const byName = Object.fromEntries(all.map((delivery) => [delivery.name, delivery]))
    expect(byName['Dev A']?.delivered).toBe(true)
    expect(byName['Dev B']?.delivered).toBe(true)
    expect(byName['Dev Silent']).toMatchObject({ delivered: false, reason: 'no answer from the device' })
    expect(eventsOf(b).at(-1)?.action).toEqual(message)

    // Gone before the command: not delivered, never silently lost.
    const goneId = b.id
    await b.leave()
    await expect.poll(async () => (await devicesSeen(call)).some((d) => d.sessionId === goneId)).toBe(false)
    expect(await command(call, { target: goneId, action: { kind: 'reset' } })).toEqual([
      { target: goneId, name: '', delivered: false, reason: 'no such device is connected' },
    ])
    // Gone while the command waits for its answer.
    const pending = command(call, { target: silent.id, action: { kind: 'entrance' } })
    await until(() => eventsOf(silent).some((event) => event.action.kind === 'entrance'), 'the command arriving')
    await silent.leave()
    expect(await pending).toEqual([
      { target: silent.id, name: 'Dev Silent', delivered: false, reason: 'the device left' },
    ])
    await a.leave()
  })
})
