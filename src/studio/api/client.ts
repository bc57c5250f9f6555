import type { ContentProblem } from '../../content/parse'
import type { Exhibit, Exhibition } from '../../content/schema'
import type { DraftState, RevisionSummary } from '../../server/db/contentRepository'
import type { MediaRecord } from '../../server/db/mediaRepository'
import type { Conflict } from '../../server/drafts/editDraft'
import { APP_ROOT } from '../appRoot'

export type { Conflict, DraftState, MediaRecord, RevisionSummary }

export interface User {
  id: number
  email: string
  name: string
  role: 'curator' | 'admin'
}

export interface SessionInfo {
  user: User | null
  csrfToken: string | null
  setupRequired: boolean
}

/** A refusal from the server, with its sentence for the curator and, where there are any, the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: ContentProblem[] = [],
    readonly conflict: Conflict | null = null,
  ) {
    super(message)
  }
}

const API = `${APP_ROOT}api`

/** Talks to the studio API: JSON both ways, the CSRF token on every change, refusals as ApiError. */
export class StudioClient {
  private csrfToken: string | null = null

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken
    const response = await fetch(`${API}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    })
    if (response.status === 204) return undefined as T
    const data: unknown = await response.json().catch(() => ({ error: `HTTP ${response.status}` }))
    if (!response.ok) {
      const failure = (data ?? {}) as { error?: string; problems?: ContentProblem[]; conflict?: Conflict }
      throw new ApiError(
        response.status,
        failure.error ?? `HTTP ${response.status}`,
        failure.problems,
        failure.conflict ?? null,
      )
    }
    return data as T
  }

  async session(): Promise<SessionInfo> {
    const info = await this.call<SessionInfo>('GET', '/session')
    this.csrfToken = info.csrfToken
    return info
  }

  async signIn(email: string, password: string): Promise<User> {
    const { user, csrfToken } = await this.call<{ user: User; csrfToken: string }>('POST', '/session', {
      email,
      password,
    })
    this.csrfToken = csrfToken
    return user
  }

  /** Creates the first admin with the one-time token the server printed, and signs in as it. */
  async setup(token: string, email: string, name: string, password: string): Promise<User> {
    const { user, csrfToken } = await this.call<{ user: User; csrfToken: string }>('POST', '/setup', {
      token,
      email,
      name,
      password,
    })
    this.csrfToken = csrfToken
    return user
  }

  async signOut(): Promise<void> {
    await this.call('DELETE', '/session')
    this.csrfToken = null
  }

  draft = () => this.call<DraftState>('GET', '/draft')
  saveExhibit = (exhibit: Exhibit, baseVersion: number) =>
    this.call<DraftState>('PUT', `/draft/exhibits/${encodeURIComponent(exhibit.id)}`, { baseVersion, exhibit })
  addExhibit = (exhibit: Exhibit) => this.call<DraftState>('POST', '/draft/exhibits', { exhibit })
  deleteExhibit = (id: string, baseVersion: number) =>
    this.call<DraftState>('DELETE', `/draft/exhibits/${encodeURIComponent(id)}?baseVersion=${baseVersion}`)
  saveDocument = (document: Exhibition, baseVersion: number) =>
    this.call<DraftState>('PUT', '/draft', { baseVersion, document })
  publish = () => this.call<unknown>('POST', '/publish', {})
  revisions = () => this.call<{ revisions: RevisionSummary[] }>('GET', '/revisions')
  /** Uploads one file, reporting progress (0..1); XMLHttpRequest because fetch cannot report upload progress. */
  upload(file: File, onProgress: (fraction: number) => void): Promise<MediaRecord> {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest()
      request.open('POST', `${API}/media`)
      if (this.csrfToken) request.setRequestHeader('x-csrf-token', this.csrfToken)
      request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total)
      request.onerror = () => reject(new ApiError(0, 'The upload was interrupted: check the connection and try again.'))
      request.onload = () => {
        let body: { media?: MediaRecord; error?: string } = {}
        try {
          body = JSON.parse(request.responseText) as typeof body
        } catch {
          // A proxy's HTML error page, say: the status below still says what happened.
        }
        if (request.status === 201 && body.media) resolve(body.media)
        else reject(new ApiError(request.status, body.error ?? `The upload failed (HTTP ${request.status}).`))
      }
      const form = new FormData()
      form.append('file', file)
      request.send(form)
    })
  }

  restore = (id: number) => this.call<DraftState>('POST', `/revisions/${id}/restore`, {})
}
