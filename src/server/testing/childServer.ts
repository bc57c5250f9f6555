import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository: `npm start` runs from here, and the server looks for `src/` to decide whether to build. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

export interface ChildServer {
  origin: string
  process: ChildProcess
  /** What the server printed, for the message of a failing test. */
  output: () => string
  /** SIGKILL: no shutdown code runs, as when the machine loses power or the process is killed by the system. */
  kill: () => Promise<void>
  stop: () => Promise<void>
}

/** A stand-in build: enough for the server to start without building the app (its index is newer than src/). */
export function standInDist(root: string): string {
  const dist = join(root, 'dist')
  mkdirSync(join(dist, 'fonts', 'generated'), { recursive: true })
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html><head><title>Hall</title></head><body></body></html>')
  return dist
}

/**
 * Starts the real server (`src/server/start.ts`, as `npm start` does) in its own Node process on a free loopback
 * port, and resolves once it listens. Node runs it directly with tsx's loader, so a kill reaches the server itself
 * rather than a wrapper process.
 */
export function startChildServer(options: {
  dataDir: string
  distDir: string
  env?: Record<string, string>
  timeoutMs?: number
}): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/server/start.ts',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--data',
      options.dataDir,
      '--dist',
      options.distDir,
    ],
    { cwd: REPO_ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const ended = () => child.exitCode !== null || child.signalCode !== null
  const server = (origin: string): ChildServer => ({
    origin,
    process: child,
    output: () => output,
    kill: async () => {
      if (!ended()) child.kill('SIGKILL')
      await exited
    },
    stop: async () => {
      if (!ended()) child.kill('SIGTERM')
      await exited
    },
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the server did not start in time:\n${output}`))
    }, options.timeoutMs ?? 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const port = /is open at https?:\/\/localhost:(\d+)\//.exec(output)?.[1]
      if (port) {
        clearTimeout(timer)
        resolve(server(`http://127.0.0.1:${port}`))
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output}`))
    })
  })
}

/** A curator's session against a child server: the cookie and CSRF token a browser would keep. */
export class HttpSession {
  private cookie = ''
  private csrf = ''

  constructor(readonly origin: string) {}

  async signIn(email: string, password: string): Promise<void> {
    const response = await this.call('POST', '/api/session', { email, password })
    if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`)
    this.csrf = ((await response.json()) as { csrfToken: string }).csrfToken
  }

  async call(method: string, path: string, json?: unknown): Promise<Response> {
    const headers: Record<string, string> = { Origin: this.origin }
    if (json !== undefined) headers['Content-Type'] = 'application/json'
    if (this.cookie) headers.Cookie = this.cookie
    if (this.csrf && method !== 'GET') headers['X-CSRF-Token'] = this.csrf
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers,
      body: json === undefined ? undefined : JSON.stringify(json),
    })
    const setCookie = response.headers.getSetCookie()[0]
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? ''
    return response
  }
}
