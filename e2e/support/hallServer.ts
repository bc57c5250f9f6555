import { type ChildProcess, spawn } from 'node:child_process'
import { expect } from '@playwright/test'

/**
 * A hall server a test starts and stops itself (the configured web servers run for the whole run), so a test can
 * make the server really unreachable and bring it back on the same address with the same data.
 */
export class HallServer {
  private process: ChildProcess | undefined

  constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly env: Record<string, string> = {},
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`
  }

  async start(): Promise<void> {
    // One node process (tsx as a loader, not its launcher), so stopping it leaves nothing listening.
    this.process = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/server/start.ts', '--port', String(this.port), '--host', '127.0.0.1'],
      { env: { ...process.env, ...this.env, DATA_DIR: this.dataDir }, stdio: 'ignore' },
    )
    await expect
      .poll(async () => (await fetch(`${this.origin}/content/exhibition.json`).catch(() => null))?.status, {
        timeout: 60_000,
      })
      .toBe(200)
  }

  async stop(): Promise<void> {
    const running = this.process
    this.process = undefined
    if (!running || running.exitCode !== null) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGTERM')
    await exited
  }
}
