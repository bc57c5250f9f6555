import { type APIRequestContext, expect, request } from '@playwright/test'
import type { Exhibition } from '../../src/content/schema'
import { draftStateSchema, signedInSchema } from '../../src/content/studioApi'
import { E2E_ADMIN } from './testServers'

/** The studio API as an admin's script would use it: sign in, change the draft, publish. */
export class CuratorApi {
  private constructor(
    private readonly api: APIRequestContext,
    private readonly csrfToken: string,
  ) {}

  static async signIn(origin: string): Promise<CuratorApi> {
    const api = await request.newContext({ baseURL: origin })
    const response = await api.post('/api/session', { data: E2E_ADMIN })
    expect(response.status(), await response.text()).toBe(200)
    const { csrfToken } = signedInSchema.parse(await response.json())
    return new CuratorApi(api, csrfToken)
  }

  /** Applies `edit` to the draft, saves it and publishes it. */
  async publish(edit: (document: Exhibition) => void): Promise<void> {
    const headers = { 'X-CSRF-Token': this.csrfToken }
    // Checked against the API's contract, as the studio checks it.
    const draft = draftStateSchema.parse(await (await this.api.get('/api/draft')).json())
    edit(draft.document)
    const saved = await this.api.put('/api/draft', {
      headers,
      data: { baseVersion: draft.version, document: draft.document },
    })
    expect(saved.status(), await saved.text()).toBe(200)
    const published = await this.api.post('/api/publish', { headers, data: {} })
    expect(published.status(), await published.text()).toBe(201)
  }

  /** Adds an account (as the admin), for tests with more than one curator. */
  async addUser(account: { email: string; name: string; role: 'curator' | 'admin'; password: string }): Promise<void> {
    const response = await this.api.post('/api/users', { headers: { 'X-CSRF-Token': this.csrfToken }, data: account })
    expect(response.status(), await response.text()).toBe(201)
  }

  /** Applies `edit` to the draft and saves it, merged from the revision it read. */
  async save(edit: (document: Exhibition) => void): Promise<void> {
    const draft = draftStateSchema.parse(await (await this.api.get('/api/draft')).json())
    edit(draft.document)
    const saved = await this.api.put('/api/draft', {
      headers: { 'X-CSRF-Token': this.csrfToken },
      data: { baseRevision: draft.revisionId, document: draft.document },
    })
    expect(saved.status(), await saved.text()).toBe(200)
  }

  dispose(): Promise<void> {
    return this.api.dispose()
  }
}
