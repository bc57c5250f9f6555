import { parseArgs } from 'node:util'
import { z } from 'zod'

const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  distDir: z.string().min(1),
  /** Database, uploaded media and generated fonts; created and seeded on first run. */
  dataDir: z.string().min(1),
  /** Serve HTTPS: headsets need a secure context to enter VR from another machine. */
  https: z.boolean(),
  /** A certificate of one's own (PEM files); without one, HTTPS mode makes a self-signed one. */
  tls: z.object({ keyFile: z.string().min(1), certFile: z.string().min(1) }).optional(),
})

export type ServerConfig = z.infer<typeof configSchema>

/**
 * Settings from flags first, then the environment, then defaults. A bad value stops the server with a message
 * naming the setting, rather than a server listening somewhere unexpected.
 */
export function readConfig(argv: readonly string[], env: NodeJS.ProcessEnv): ServerConfig {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      dist: { type: 'string' },
      data: { type: 'string' },
      https: { type: 'boolean' },
      cert: { type: 'string' },
      key: { type: 'string' },
    },
    strict: true,
  })
  const certFile = values.cert ?? env.TLS_CERT
  const keyFile = values.key ?? env.TLS_KEY
  const result = configSchema.safeParse({
    port: values.port ?? env.PORT ?? 8080,
    // All interfaces by default: at an event, headsets on the local network must reach the laptop.
    host: values.host ?? env.HOST ?? '0.0.0.0',
    distDir: values.dist ?? env.DIST_DIR ?? 'dist',
    dataDir: values.data ?? env.DATA_DIR ?? 'data',
    https: values.https ?? (['1', 'true', 'yes'].includes((env.HTTPS ?? '').toLowerCase()) || certFile !== undefined),
    tls: certFile !== undefined || keyFile !== undefined ? { certFile, keyFile } : undefined,
  })
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid server settings:\n${lines.join('\n')}`)
  }
  return result.data
}
