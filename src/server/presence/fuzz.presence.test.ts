import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Bot, joinBot, until } from '../../../scripts/presence/bot'
import { poseFits, poseMessageSchema, profileMessageSchema } from '../../content/presence'
import { type ChildServer, standInDist, startChildServer } from '../testing/childServer'

const HALL = { width: 40, depth: 30 }
const PER_TYPE = 1000
const SENDERS = 10
/** Under the flood limit (30/s), so every hostile message is parsed rather than merely throttled. */
const SEND_INTERVAL_MS = 40

const int = fc.integer({ min: -40_000, max: 40_000 })
const near = fc.tuple(int, fc.integer({ min: -100, max: 400 }), int)
/** Mostly pose-shaped, so the range checks are reached, and plain garbage besides. */
const hostilePose = fc.oneof(
  fc.record({
    mode: fc.oneof(fc.constant('vr'), fc.constant('desktop'), fc.string()),
    head: fc.oneof(near, fc.array(fc.double()), fc.constant([Number.NaN, 0, 0])),
    yaw: fc.oneof(fc.integer(), fc.double()),
    pitch: fc.oneof(fc.integer(), fc.double()),
    right: fc.option(near, { nil: undefined }),
  }),
  fc.anything(),
)
const hostileProfile = fc.oneof(
  fc.record({
    name: fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constant('a\u0000b'),
      fc.constant('\u202eevil'),
      fc.constant('   '),
    ),
    colour: fc.oneof(fc.string(), fc.constant('#zzzzzz'), fc.constant('red')),
  }),
  fc.anything(),
)
const hostilePing = fc.oneof(fc.record({ t: fc.oneof(fc.double(), fc.string()) }), fc.anything())
/** Guide commands from visitors' seats (refused whether well formed or not), follow requests, and garbage. */
const hostileCommand = fc.oneof(
  fc.record({
    kind: fc.constantFrom('gather', 'lead', 'arrived', 'show', 'follow', 'console', ''),
    at: fc.oneof(fc.record({ x: int, z: int, yaw: fc.integer() }), fc.anything()),
    exhibit: fc.oneof(fc.constant('sync-and-delay'), fc.string(), fc.constant(null)),
    on: fc.oneof(fc.boolean(), fc.anything()),
    guide: fc.oneof(fc.string({ maxLength: 40 }), fc.constant('x'.repeat(33))),
  }),
  fc.record({
    kind: fc.constant('gather'),
    at: fc.record({ x: int, z: int, yaw: fc.integer() }),
    exhibit: fc.constant(null),
  }),
  fc.anything(),
)

/** Only values the server must refuse: a sample that happens to be valid is no test of refusal. */
const refused = <T>(arbitrary: fc.Arbitrary<T>, valid: (value: T) => boolean) =>
  fc.sample(
    arbitrary.filter((value) => !valid(value)),
    PER_TYPE,
  )

let server: ChildServer
let root: string
const bots: Bot[] = []

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'presence-fuzz-'))
  server = await startChildServer({ dataDir: join(root, 'data'), distDir: standInDist(root) })
}, 60_000)

afterAll(async () => {
  await Promise.all(bots.map((bot) => bot.leave()))
  await server?.stop()
  rmSync(root, { recursive: true, force: true })
}, 30_000)

describe('presence fuzz', () => {
  it(`${PER_TYPE} hostile messages per type reach no other visitor and crash nothing`, async () => {
    const observer = await joinBot(server.origin)
    bots.push(observer)
    const senders: Bot[] = []
    for (let i = 0; i < SENDERS; i++) senders.push(await joinBot(server.origin, { code: observer.code }))
    bots.push(...senders)
    const leaked: string[] = []
    observer.room.onStateChange(() => {
      for (const [id, other] of observer.others()) leaked.push(`${id}: ${other.hx},${other.hy},${other.hz}`)
      observer.room.state.visitors.forEach((v) => {
        if (!/^Visitor \d+$/.test(v.name)) leaked.push(`name ${v.name}`)
      })
    })
    const messages: [string, unknown][] = [
      ...refused(hostilePose, (v) => {
        const parsed = poseMessageSchema.safeParse(v)
        return parsed.success && poseFits(parsed.data, HALL)
      }).map((m): [string, unknown] => ['pose', m]),
      ...refused(hostileProfile, (v) => profileMessageSchema.safeParse(v).success).map((m): [string, unknown] => [
        'profile',
        m,
      ]),
      ...refused(hostilePing, () => false).map((m): [string, unknown] => ['ping', m]),
      // No sender is a guide: every command is refused (or, for `follow`, answered to its sender alone).
      ...fc.sample(hostileCommand, PER_TYPE).map((m): [string, unknown] => ['command', m]),
      ...fc.sample(fc.anything(), PER_TYPE).map((m, i): [string, unknown] => [`unknown-${i % 7}`, m]),
    ]
    const reachedObserver: unknown[] = []
    observer.room.onMessage('event', (event: unknown) => reachedObserver.push(event))
    expect(messages.length).toBeGreaterThanOrEqual(5 * PER_TYPE)
    // Spread over the senders, each at its own pace under the flood limit.
    await Promise.all(
      senders.map(async (sender, s) => {
        for (let i = s; i < messages.length; i += SENDERS) {
          const [type, message] = messages[i] as [string, unknown]
          try {
            sender.room.send(type, message)
          } catch {
            // A value msgpack cannot encode never leaves the client: nothing to test there.
          }
          await new Promise((resolve) => setTimeout(resolve, SEND_INTERVAL_MS))
        }
      }),
    )
    // A valid pose from one of them still gets through: the room is alive and the senders were not cut off.
    const last = senders[0] as Bot
    last.sendPose({ mode: 'desktop', head: [10, 160, 10], yaw: 0, pitch: 0 })
    await until(() => observer.others().get(last.id)?.hx === 10, 'a valid pose after the fuzz')
    expect(leaked.filter((entry) => !entry.startsWith(`${last.id}:`))).toEqual([])
    expect(reachedObserver).toEqual([])
    const response = await fetch(`${server.origin}/content/exhibition.json`)
    expect(response.status).toBe(200)
    expect(server.process.exitCode).toBeNull()
  }, 120_000)
})
