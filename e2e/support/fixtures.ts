import { test as base, expect, type Page } from '@playwright/test'
import { HallPage } from './HallPage'
import { type StudioServer, startStudioServer } from './testServers'

interface Fixtures {
  /** The visitor's page, watched for console errors and for requests to any other host. */
  hall: HallPage
}

/** Every test fails if the page logs an error or asks anything of a host other than the exhibition's own. */
export const test = base.extend<Fixtures>({
  hall: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin
    const errors: string[] = []
    const foreign: string[] = []
    page.on('console', (message) => {
      // With the resource's address: a failed request logs only "Failed to load resource", and a spec that expects
      // one failure must not thereby excuse every other.
      const url = message.location().url
      if (message.type() === 'error') errors.push(url ? `${message.text()} (${url})` : message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('request', (request) => {
      const url = request.url()
      if (url.startsWith('data:') || url.startsWith('blob:')) return
      if (new URL(url).origin !== origin) foreign.push(url)
    })
    const hall = new HallPage(page)
    await use(hall)
    expect(foreign, 'requests that left the origin').toEqual([])
    expect(
      errors.filter((text) => !hall.expectedErrors.some((pattern) => pattern.test(text))),
      'console errors',
    ).toEqual([])
  },
})

export { expect, type Page }

interface StudioFixtures {
  /** A server of this test's own, from a fresh data directory: nothing one studio test saves reaches another. */
  studioServer: StudioServer
}

/** Studio tests: each gets its own server, and every page and request of the test goes to it. */
export const studioTest = test.extend<StudioFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  studioServer: async ({}, use) => {
    const server = await startStudioServer()
    await use(server)
    await server.stop()
  },
  baseURL: async ({ studioServer }, use) => use(studioServer.origin),
})
