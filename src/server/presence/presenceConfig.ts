import { z } from 'zod'
import { DEFAULT_GATHER_SECONDS, GATHER_SECONDS_MAX, GATHER_SECONDS_MIN } from '../../content/guide'

const presenceConfigSchema = z.object({
  /** Visitors per hall instance (Hubs recommends 24 a room); the next visitor starts a new instance. */
  instanceSize: z.coerce.number().int().min(1).max(200),
  /** Seconds visitors have to accept a gathering: 5 by default; staff leading newcomers in headsets may want more. */
  gatherSeconds: z.coerce.number().int().min(GATHER_SECONDS_MIN).max(GATHER_SECONDS_MAX),
  /** Several processes or machines sharing one Redis share their instances; unset, no Redis at all. */
  redisUrl: z.url({ protocol: /^rediss?$/ }).optional(),
  /** host:port where this process's peers reach it, to pass along a socket meant for one of its rooms. */
  address: z
    .string()
    .regex(/^[^\s:]+:\d+$/, 'must be host:port')
    .optional(),
})

export type PresenceConfig = z.infer<typeof presenceConfigSchema>

/** PRESENCE_INSTANCE_SIZE, GATHER_COUNTDOWN_SECONDS, REDIS_URL, PRESENCE_ADDRESS; a bad value stops the server with the setting named. */
export function readPresenceConfig(env: NodeJS.ProcessEnv): PresenceConfig {
  const result = presenceConfigSchema.safeParse({
    instanceSize: env.PRESENCE_INSTANCE_SIZE || 24,
    gatherSeconds: env.GATHER_COUNTDOWN_SECONDS || DEFAULT_GATHER_SECONDS,
    redisUrl: env.REDIS_URL || undefined,
    address: env.PRESENCE_ADDRESS || undefined,
  })
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid presence settings:\n${lines.join('\n')}`)
  }
  return result.data
}
