import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type ChildServer, REPO_ROOT, startChildServer } from '../../src/server/testing/childServer'

/** The visitor tests' server. */
export const PORT = Number(process.env.E2E_PORT ?? 4317)
/** The admin studio tests' servers are started with; for tests only (the product has no default password). */
export const E2E_ADMIN = { email: 'curator-e2e@example.org', password: 'e2e only: correct horse battery staple' }
/** A plain static file server for the exported site, two ports up (one up was the shared studio server's). */
export const STATIC_PORT = PORT + 2

/** A studio server of one test's own: a fresh data directory, so what one test publishes no other test sees. */
export interface StudioServer {
  origin: string
  stop: () => Promise<void>
}

/**
 * Starts the real server (`src/server/start.ts`) on a free loopback port, serving the built app (`npm run build`)
 * from a new data directory seeded with the default exhibition, with the e2e admin account.
 */
export async function startStudioServer(): Promise<StudioServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hall-studio-e2e-'))
  let server: ChildServer
  try {
    server = await startChildServer({
      dataDir,
      distDir: join(REPO_ROOT, 'dist'),
      env: { ADMIN_EMAIL: E2E_ADMIN.email, ADMIN_PASSWORD: E2E_ADMIN.password },
    })
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  return {
    origin: server.origin,
    stop: async () => {
      await server.stop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
