import { existsSync } from 'node:fs'

/**
 * Which Chromium to drive: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium (what .ci/run installs), else
 * Playwright's own downloaded browser (undefined lets Playwright choose).
 */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined
}

/** Software WebGL where there is no GPU, and no background traffic to hosts a closed network cannot reach. */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // The sandbox cannot start as root (CI containers); elsewhere it stays on.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
]
