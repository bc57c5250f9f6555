import type { Page } from '@playwright/test'

declare global {
  interface Window {
    /** Content-Security-Policy violations the page reported, recorded from before its first script ran. */
    __cspViolations?: string[]
  }
}

/** Records every `securitypolicyviolation` in the page (and pages it reloads to) from the very first script on. */
export async function watchCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`)
    })
  })
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__cspViolations ?? ['the violation recorder did not run'])
}
