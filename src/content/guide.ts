import { z } from 'zod'
import { ANGLE_SCALE } from './presence'
import { idSchema } from './schema'

/**
 * The guide's part of the presence protocol (see src/presence/PROTOCOL.md): one `command` message from clients,
 * checked by the server against the sender's seat, and one `event` message to the visitors concerned. A visitor is
 * only ever moved by their own client, and only after they accepted.
 */

/** How long visitors have to accept a gathering; those who did arrive together when it ends. */
export const DEFAULT_GATHER_SECONDS = 5
export const GATHER_SECONDS_MIN = 3
export const GATHER_SECONDS_MAX = 60

const centimetres = z.number().int().min(-32_767).max(32_767)
/** A standing place on the floor in the protocol's units: centimetres and ten-thousandths of a radian. */
const floorSpot = z.strictObject({
  x: centimetres,
  z: centimetres,
  yaw: z
    .number()
    .int()
    .min(-Math.ceil(Math.PI * ANGLE_SCALE))
    .max(Math.ceil(Math.PI * ANGLE_SCALE)),
})
export type FloorSpot = z.infer<typeof floorSpot>

/** The engine's session ids: short, URL-safe. */
const sessionId = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/)

/** Commands only a guide's seat may send. */
export const GUIDE_COMMANDS = ['gather', 'lead', 'arrived', 'show'] as const

export const commandSchema = z.discriminatedUnion('kind', [
  /** Everyone to the guide: where the guide stands, and the exhibit they face if any. */
  z.strictObject({ kind: z.literal('gather'), at: floorSpot, exhibit: idSchema.nullable() }),
  /** The guide starts (or stops) leading: visitors are invited to follow. */
  z.strictObject({ kind: z.literal('lead'), on: z.boolean() }),
  /** The leading guide has moved to an exhibit: followers are brought along. */
  z.strictObject({ kind: z.literal('arrived'), exhibit: idSchema }),
  /** The leading guide opens an exhibit's text for every follower. */
  z.strictObject({ kind: z.literal('show'), exhibit: idSchema }),
  /** A visitor starts or stops following a leading guide. */
  z.strictObject({ kind: z.literal('follow'), guide: sessionId, on: z.boolean() }),
])
export type Command = z.infer<typeof commandSchema>

export const guideEventSchema = z.discriminatedUnion('kind', [
  /** `slot`: this visitor's place beside the guide, so those who accept do not land on each other. */
  z.strictObject({
    kind: z.literal('gather'),
    guide: sessionId,
    name: z.string().max(64),
    at: floorSpot,
    exhibit: idSchema.nullable(),
    slot: z.number().int().nonnegative(),
    /** How long this visitor has to accept: the server's setting, 5 s by default. */
    seconds: z.number().int().min(GATHER_SECONDS_MIN).max(GATHER_SECONDS_MAX),
  }),
  z.strictObject({ kind: z.literal('lead'), guide: sessionId, name: z.string().max(64), on: z.boolean() }),
  /** The server's word on a follow request: on (following) or off (stopped, or the guide stopped leading). */
  z.strictObject({ kind: z.literal('following'), guide: sessionId, on: z.boolean() }),
  z.strictObject({
    kind: z.literal('bring'),
    guide: sessionId,
    exhibit: idSchema,
    slot: z.number().int().nonnegative(),
  }),
  z.strictObject({ kind: z.literal('show'), guide: sessionId, exhibit: idSchema }),
  /** To the sender of a command its seat does not allow (a visitor forging a guide's). */
  z.strictObject({ kind: z.literal('refused'), command: z.string().max(32), reason: z.string().max(200) }),
])
export type GuideEvent = z.infer<typeof guideEventSchema>
