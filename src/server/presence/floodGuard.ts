/**
 * Per-connection message budget: a token bucket of `rate` messages a second (bursts up to `rate`). A message over
 * budget is dropped; a sender that keeps going over (`strikesToDisconnect` dropped messages within one bucket
 * refill window) is disconnected. Plain and clock-injected, so it is tested without sockets.
 */
export type FloodVerdict = 'accept' | 'drop' | 'disconnect'

export interface FloodGuardOptions {
  /** Messages a second a visitor may send; the pose rate is 15, so 30 leaves room for profile and pings. */
  rate: number
  /** Dropped messages, counted over the last second, after which the sender is disconnected. */
  strikesToDisconnect: number
}

export const FLOOD_DEFAULTS: FloodGuardOptions = { rate: 30, strikesToDisconnect: 30 }

export class FloodGuard {
  private tokens: number
  private last: number
  private strikes = 0
  private strikesSince: number

  constructor(
    private readonly now: () => number,
    private readonly options: FloodGuardOptions = FLOOD_DEFAULTS,
  ) {
    this.tokens = options.rate
    this.last = now()
    this.strikesSince = this.last
  }

  check(): FloodVerdict {
    const now = this.now()
    const elapsed = Math.max(0, now - this.last) / 1000
    this.last = now
    this.tokens = Math.min(this.options.rate, this.tokens + elapsed * this.options.rate)
    if (now - this.strikesSince > 1000) {
      this.strikes = 0
      this.strikesSince = now
    }
    if (this.tokens >= 1) {
      this.tokens -= 1
      return 'accept'
    }
    this.strikes += 1
    return this.strikes >= this.options.strikesToDisconnect ? 'disconnect' : 'drop'
  }
}
