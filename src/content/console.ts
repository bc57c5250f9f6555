import { z } from 'zod'
import { idSchema } from './schema'

/**
 * The staff console's part of the presence protocol (see src/presence/PROTOCOL.md): devices publish a `status`
 * message; staff send commands through `/api/console` (signed in, checked on the server); the server passes each
 * one to the device's socket as a `console` message, and the device answers `consoleAck` once it acted on it.
 */

/** A device publishes its status at most this often, and only when it changed. */
export const STATUS_INTERVAL_MS = 1000
/** A command a device has not acknowledged within this time is reported as not delivered. */
export const ACK_TIMEOUT_MS = 4000
export const BROADCAST_MAX = 200

/** The engine's session ids: short, URL-safe. */
const sessionId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/)
/** Unicode control characters and the bidirectional overrides that would reorder a message's text. */
const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u
const plainText = (max: number) =>
  z
    .string()
    .max(max * 2)
    .refine((text) => !CONTROL.test(text), 'must not contain control characters')
    .transform((text) => text.trim())
    .pipe(z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`))

const metres = z.number().finite().min(-1000).max(1000)
const bytes = z.number().int().nonnegative().max(1e12).nullable()

/** `status` (device → server): what a console shows about a device, as src/device/deviceStatus.ts holds it. */
export const deviceStatusMessageSchema = z.strictObject({
  deviceId: z.string().max(64),
  name: z.string().max(40),
  kiosk: z.boolean(),
  language: z.enum(['zh', 'en']),
  immersive: z.boolean(),
  openExhibitId: idSchema.nullable(),
  position: z.strictObject({ x: metres, z: metres }),
  idleMs: z
    .number()
    .int()
    .nonnegative()
    .max(30 * 86_400_000),
  kioskPhase: z.enum(['active', 'warning', 'attract']),
  offline: z.strictObject({
    status: z.enum(['off', 'preparing', 'ready', 'failed']),
    bytesStored: bytes,
    bytesNeeded: bytes,
    filesMissing: z.number().int().nonnegative().max(1e6).nullable(),
  }),
  /** The last pre-flight check kept on the device: when, and each line's verdict (the words stay on the device). */
  lastPreflight: z
    .strictObject({
      at: z.number().finite().nonnegative(),
      checks: z
        .array(
          z.strictObject({
            id: z.enum(['immersive', 'secure', 'offline', 'inputs', 'frameRate', 'presence']),
            status: z.enum(['pass', 'warn', 'fail', 'unavailable']),
          }),
        )
        .max(12),
    })
    .nullable(),
  /** The presence round trip the device last measured (ping → pong), ms; null before the first. */
  rttMs: z.number().int().nonnegative().max(600_000).nullable(),
})
export type DeviceStatusMessage = z.infer<typeof deviceStatusMessageSchema>

/** What staff can ask of a device. `text` of a message: both languages, shown together. */
const consoleAction = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('goto'), exhibit: idSchema }),
  z.strictObject({ kind: z.literal('entrance') }),
  z.strictObject({ kind: z.literal('reset') }),
  z.strictObject({ kind: z.literal('tour') }),
  z.strictObject({
    kind: z.literal('message'),
    text: z.strictObject({ zh: plainText(BROADCAST_MAX), en: plainText(BROADCAST_MAX) }),
  }),
])
export type ConsoleAction = z.infer<typeof consoleAction>

/** `POST /api/console/commands`: one action for one device (its session id) or for every connected device. */
export const consoleCommandSchema = z.strictObject({
  target: z.union([z.literal('all'), sessionId]),
  action: consoleAction,
})
export type ConsoleCommand = z.infer<typeof consoleCommandSchema>

/** `console` (server → device): one action, with the id the device acknowledges. */
export const consoleEventSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9-]{1,40}$/), action: consoleAction })
export type ConsoleEvent = z.infer<typeof consoleEventSchema>

/** `consoleAck` (device → server): the device acted on the command (or could not: `problem` says why). */
export const consoleAckSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  problem: z.string().max(200).optional(),
})

/** One device's answer to one command, as the console shows it. */
export const deliverySchema = z.strictObject({
  target: z.string(),
  name: z.string(),
  delivered: z.boolean(),
  /** Why not: gone, no answer in time, or the device's own problem (an exhibit it does not have). */
  reason: z.string().optional(),
})
export type Delivery = z.infer<typeof deliverySchema>
export const deliveryAnswerSchema = z.strictObject({ deliveries: z.array(deliverySchema) })

/** A connected device as the console lists it. */
export const consoleDeviceSchema = z.strictObject({
  sessionId,
  /** The join code of its hall instance. */
  instance: z.string(),
  /** The name others see in the hall (used until the device has a name of its own). */
  seatName: z.string(),
  connectedAt: z.number(),
  /** Null until the device's first status arrives. */
  status: deviceStatusMessageSchema.nullable(),
  /** When the last status arrived, ms since the epoch. */
  statusAt: z.number().nullable(),
})
export type ConsoleDevice = z.infer<typeof consoleDeviceSchema>
export const consoleDeviceListSchema = z.strictObject({ devices: z.array(consoleDeviceSchema) })

/** What a console line calls a device: its own name, else its seat's. */
export const deviceLabel = (device: ConsoleDevice): string => device.status?.name || device.seatName
