import { readdirSync } from 'node:fs'
import fc from 'fast-check'
import { expect } from 'vitest'
import { prepareFirstAdmin } from '../auth/setup'
import type { DraftState } from '../db/contentRepository'
import { type Attempt, databaseSnapshot, RUNS, totalChanges } from './fuzzing'
import { ADMIN, adminAndCurator, type TestBrowser, testServer } from './testServer'

/**
 * A server to fuzz: an admin and a curator signed in (so every check past the CSRF token is reached), and the state
 * of the database and the media folder taken at the start, to compare with at the end.
 */
export class FuzzTarget {
  private constructor(
    readonly server: ReturnType<typeof testServer>,
    readonly admin: TestBrowser,
    readonly curator: TestBrowser,
    private readonly snapshot: string,
    private readonly mediaFiles: string[],
  ) {}

  /** With `accounts: false`, a first start: no account yet, and setup waiting for its token. */
  static async open(options: { accounts: boolean } = { accounts: true }): Promise<FuzzTarget> {
    const server = testServer()
    let admin = server.browser()
    let curator = server.browser()
    if (options.accounts) ({ admin, curator } = await adminAndCurator(server))
    else if ((await prepareFirstAdmin(server.hall, {})).kind !== 'token') throw new Error('expected a setup token')
    return new FuzzTarget(server, admin, curator, databaseSnapshot(server.hall.db), listFiles(server.hall.mediaDir))
  }

  async draft(): Promise<DraftState> {
    return (await (await this.curator.call('GET', '/api/draft')).json()) as DraftState
  }

  /** Sends one attempt and checks what a refusal must be: a 4xx with a sentence, and not one row changed. */
  async expectRefused(browser: TestBrowser, method: string, attempt: Attempt): Promise<void> {
    // The rate limits would answer 429 before validation is reached; the fuzz is about validation.
    for (const key of ['address:unknown', 'setup:unknown', 'password-link:unknown', `email:${ADMIN.email}`]) {
      this.server.hall.signInLimiter.reset(key)
    }
    const before = totalChanges(this.server.hall.db)
    const headers: Record<string, string> = attempt.contentType ? { 'Content-Type': attempt.contentType } : {}
    const response = await browser.call(method, attempt.path, { body: attempt.body, headers })
    const text = await response.text()
    const summary = `${method} ${attempt.path.slice(0, 120)} → ${response.status} ${text.slice(0, 300)}`
    expect(response.status, summary).toBeGreaterThanOrEqual(400)
    expect(response.status, summary).toBeLessThan(500)
    const body = JSON.parse(text) as { error?: unknown }
    expect(typeof body.error === 'string' && body.error.length > 0, summary).toBe(true)
    expect(totalChanges(this.server.hall.db), `${summary}: the database changed`).toBe(before)
  }

  /** RUNS attempts, each refused; fast-check shrinks a failure to the smallest request that shows it. */
  fuzz(browser: () => TestBrowser, method: string, attempts: fc.Arbitrary<Attempt>): Promise<void> {
    return fc.assert(
      fc.asyncProperty(attempts, (attempt) => this.expectRefused(browser(), method, attempt)),
      { numRuns: RUNS },
    )
  }

  /** The same rows, byte for byte, and no new file in the media folder: nothing was stored. Then cleans up. */
  close(): void {
    try {
      expect(databaseSnapshot(this.server.hall.db)).toBe(this.snapshot)
      expect(listFiles(this.server.hall.mediaDir)).toEqual(this.mediaFiles)
    } finally {
      this.server.cleanup()
    }
  }
}

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir).sort()
  } catch {
    return []
  }
}
