import { z } from 'zod'

/**
 * The presence protocol, shared by the hall server and the visitor app: one schema per message, checked at the
 * server before anything reaches another visitor. See src/presence/PROTOCOL.md for the whole conversation.
 */

/** Positions travel in whole centimetres, angles in ten-thousandths of a radian: small integers, cheap deltas. */
export const POSITION_SCALE = 100
export const ANGLE_SCALE = 10_000
/** Poses go out at most this often, and only when they changed. */
export const POSE_RATE_HZ = 15
/** A hand further than this from its head is not a hand: the message is dropped. */
export const MAX_HAND_REACH_M = 1.5
/** Heads live between the floor and a little above a standing visitor's reach. */
export const MAX_HEAD_HEIGHT_M = 3
export const NICKNAME_MAX = 24
/**
 * The name of the `<meta>` a static export writes into its page: there is no hall server behind it, so the visitor's
 * browser must not ask for presence (each refused request would be an error in its console, for nothing).
 */
export const NO_LIVE_SERVER_META = 'metaverse-hall:no-live-server'

const position = z.number().int().min(-32_767).max(32_767)
const angle = z
  .number()
  .int()
  .min(-Math.round(Math.PI * ANGLE_SCALE))
  .max(Math.round(Math.PI * ANGLE_SCALE))
const point = z.tuple([position, position, position])

/** Unicode control characters (C0, DEL, C1) and the bidirectional overrides that would reorder a name's text. */
const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u

export const nicknameSchema = z
  .string()
  .max(NICKNAME_MAX * 2, 'is too long')
  .refine((name) => !CONTROL.test(name), 'must not contain control characters')
  .transform((name) => name.trim())
  .pipe(z.string().min(1, 'must not be empty').max(NICKNAME_MAX, `must be at most ${NICKNAME_MAX} characters`))

export const colourSchema = z.string().regex(/^#[0-9a-f]{6}$/, 'must be a colour like #a1b2c3')

/** A short code that names one hall instance, so a group can join it together. No 0/O, 1/I/L to misread. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const joinCodeSchema = z
  .string()
  .transform((code) => code.trim().toUpperCase())
  .pipe(z.string().regex(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{5}$/, 'must be 5 letters and digits'))

/** `pose`: where the visitor's head is and where it looks; in VR, where the hands are. */
export const poseMessageSchema = z.strictObject({
  mode: z.enum(['desktop', 'vr']),
  head: point,
  yaw: angle,
  pitch: angle,
  left: point.optional(),
  right: point.optional(),
})
export type PoseMessage = z.infer<typeof poseMessageSchema>

/** `profile`: the name and colour others see. */
export const profileMessageSchema = z.strictObject({ name: nicknameSchema, colour: colourSchema })
export type ProfileMessage = z.infer<typeof profileMessageSchema>

/** `ping`: the client's clock; the server answers `pong` with it and its own, for round trip and clock offset. */
export const pingMessageSchema = z.strictObject({ t: z.number().finite().nonnegative() })
export const pongMessageSchema = z.strictObject({ t: z.number(), server: z.number() })

/** `POST /api/presence/join`: which instance to join and how to appear. */
export const joinRequestSchema = z.strictObject({
  code: joinCodeSchema.optional(),
  invisible: z.boolean(),
  name: nicknameSchema.optional(),
  colour: colourSchema.optional(),
})
export type JoinRequest = z.infer<typeof joinRequestSchema>

/** The floor of the hall in metres, centred on the origin as the exhibition document lays it out. */
export interface FloorBounds {
  width: number
  depth: number
}

/** Whether a pose is one a visitor could hold in this hall: head inside it, hands within reach of the head. */
export function poseFits(pose: PoseMessage, bounds: FloorBounds): boolean {
  const x = pose.head[0] / POSITION_SCALE
  const y = pose.head[1] / POSITION_SCALE
  const z = pose.head[2] / POSITION_SCALE
  if (Math.abs(x) > bounds.width / 2 || Math.abs(z) > bounds.depth / 2) return false
  if (y < 0 || y > MAX_HEAD_HEIGHT_M) return false
  for (const hand of [pose.left, pose.right]) {
    if (!hand) continue
    const dx = hand[0] / POSITION_SCALE - x
    const dy = hand[1] / POSITION_SCALE - y
    const dz = hand[2] / POSITION_SCALE - z
    if (Math.hypot(dx, dy, dz) > MAX_HAND_REACH_M) return false
  }
  return true
}
