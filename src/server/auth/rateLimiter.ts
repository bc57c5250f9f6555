/**
 * Counts failures per key (an address, an e-mail) in a sliding window. Kept in memory: one server process, and a
 * restart forgetting the counts costs an attacker a restart they cannot trigger.
 */
export class RateLimiter {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until `key` may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const recent = this.recent(key)
    if (recent.length < this.maxFailures) return 0
    return Math.max(1, (recent[0] ?? 0) + this.windowMs - this.now())
  }

  fail(key: string): void {
    const recent = this.recent(key)
    recent.push(this.now())
    this.failures.set(key, recent)
  }

  reset(key: string): void {
    this.failures.delete(key)
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs
    const recent = (this.failures.get(key) ?? []).filter((at) => at > since)
    if (recent.length === 0) this.failures.delete(key)
    return recent
  }
}
