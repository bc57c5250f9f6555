import { pongMessageSchema } from '../content/presence'

export type RoundTrip = { kind: 'measured'; rttMs: number } | { kind: 'failed'; reason: string }

const PINGS = 3
const PONG_TIMEOUT_MS = 5000

/**
 * The presence round trip as a visitor's connection would have it, for the pre-flight page: joins an instance
 * invisibly (no one sees the check), pings a few times, keeps the median, and leaves.
 */
export async function measureRoundTrip(origin: string): Promise<RoundTrip> {
  try {
    const { joinInstance } = await import('./joinInstance')
    const joined = await joinInstance(origin, { invisible: true })
    if (joined.kind !== 'joined') return { kind: 'failed', reason: `the hall server refused a seat (${joined.status})` }
    const { room } = joined
    try {
      const samples: number[] = []
      for (let i = 0; i < PINGS; i++) {
        const rtt = await new Promise<number>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('no answer within 5 s')), PONG_TIMEOUT_MS)
          const stop = room.onMessage('pong', (raw: unknown) => {
            const pong = pongMessageSchema.safeParse(raw)
            if (!pong.success) return
            clearTimeout(timer)
            stop()
            resolve(Date.now() - pong.data.t)
          })
          room.send('ping', { t: Date.now() })
        })
        samples.push(rtt)
      }
      samples.sort((a, b) => a - b)
      return { kind: 'measured', rttMs: samples[Math.floor(samples.length / 2)] ?? 0 }
    } finally {
      void room.leave(true)
    }
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) }
  }
}
