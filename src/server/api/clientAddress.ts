import type { Context } from 'hono'

/**
 * The peer's address from the Node socket. Forwarded-for headers are ignored on purpose: anyone can send them, and
 * a rate limit keyed on them could be dodged by changing the header.
 */
export function clientAddress(c: Context): string {
  const env: unknown = c.env
  if (typeof env === 'object' && env !== null && 'incoming' in env) {
    const { incoming } = env as { incoming?: { socket?: { remoteAddress?: string } } }
    return incoming?.socket?.remoteAddress ?? 'unknown'
  }
  return 'unknown'
}
