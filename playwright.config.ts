import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './e2e/support/chromium'
import { PORT } from './e2e/support/testServers'

/**
 * The visitor tests' server, from a fresh data directory, so every run begins from the default exhibition. Studio
 * tests start servers of their own (e2e/support/fixtures.ts, studioTest), one per test, with data of their own.
 */
const server = (port: number) => ({
  command: `rm -rf .e2e-data/${port} && npx tsx src/server/start.ts --port ${port} --host 127.0.0.1 --data .e2e-data/${port}`,
  url: `http://127.0.0.1:${port}/content/exhibition.json`,
  reuseExistingServer: false,
  timeout: 240_000,
  stdout: 'pipe' as const,
})

export default defineConfig({
  testDir: 'e2e',
  // Software WebGL on two cores: scenes take seconds to draw, so allow for it and keep workers few.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1280, height: 720 },
    locale: 'en-US',
    trace: 'retain-on-failure',
    // Playwright's request routing does not see what a service worker fetches; only the offline spec allows one.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [server(PORT)],
})
