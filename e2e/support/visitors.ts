import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test'
import { HallPage } from './HallPage'

/** One of several visitors in one test: a browser context of its own (its own storage, its own cookies). */
export interface Visitor {
  hall: HallPage
  page: Page
  context: BrowserContext
  /** Requests to any other origin than the hall's: must stay empty. */
  foreign: string[]
}

export interface VisitorOptions {
  /** localStorage entries set before the page loads (a remembered preference). */
  storage?: Record<string, string>
  /** Signed in to the studio first (a curator who guides), with these credentials. */
  signIn?: { email: string; password: string }
}

/** Opens the hall for a new visitor and waits for its first frame. */
export async function visitor(
  browser: Browser,
  origin: string,
  query: string,
  options: VisitorOptions = {},
): Promise<Visitor> {
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' })
  if (options.storage) {
    await context.addInitScript((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
    }, options.storage)
  }
  if (options.signIn) {
    const response = await context.request.post('/api/session', { data: options.signIn, headers: { Origin: origin } })
    expect(response.ok(), `sign-in: ${response.status()}`).toBe(true)
  }
  const page = await context.newPage()
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreign.push(url)
  })
  const hall = new HallPage(page)
  await hall.open(query)
  await hall.waitForHall()
  return { hall, page, context, foreign }
}

export const presenceOf = async (v: Visitor) => (await v.hall.diagnostics())?.presence
