import { z } from 'zod'
import {
  type ConsoleCommand,
  type ConsoleDevice,
  consoleDeviceListSchema,
  type Delivery,
  deliveryAnswerSchema,
} from '../../content/console'
import type { ContentProblem } from '../../content/parse'
import { type Exhibit, type Exhibition, exhibitionSchema } from '../../content/schema'
import {
  type AccountSummary,
  type ApiUser,
  accountAnswerSchema,
  accountListSchema,
  type Conflict,
  type DraftState,
  draftStateSchema,
  type MediaRecord,
  type PasswordLinkInfo,
  type PublishPreview,
  publishAnswerSchema,
  publishPreviewSchema,
  type RevisionSummary,
  refusalSchema,
  revisionListSchema,
  revisionSummarySchema,
  type SessionInfo,
  sessionInfoSchema,
  signedInSchema,
  uploadAnswerSchema,
} from '../../content/studioApi'
import { APP_ROOT } from '../appRoot'

export type {
  AccountSummary,
  Conflict,
  ConsoleDevice,
  Delivery,
  DraftState,
  MediaRecord,
  PasswordLinkInfo,
  PublishPreview,
  RevisionSummary,
  SessionInfo,
}
export type User = ApiUser

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

/** A refusal's body, read as the contract says; anything else (a proxy's page, say) keeps what it can. */
function refusalOf(status: number, data: unknown): ApiError {
  const refusal = refusalSchema.safeParse(data)
  if (refusal.success) {
    const { error, problems, conflict } = refusal.data
    return new ApiError(status, error, problems, conflict ?? null)
  }
  // A sentence is still worth showing even when the rest of the body is not what the contract says.
  const sentence = refusalSchema.pick({ error: true }).safeParse(data)
  return new ApiError(status, sentence.success ? sentence.data.error : `HTTP ${status}`)
}

/** An answer that does not match the contract is refused here, at the boundary, rather than deep in the editor. */
function answerOf<T extends z.ZodType>(schema: T, status: number, data: unknown): z.infer<T> {
  const answer = schema.safeParse(data)
  if (answer.success) return answer.data
  throw new ApiError(status, 'The server answered in a form this studio does not understand: reload the page.')
}

const API = `${APP_ROOT}api`

/** An answer with no body (204). */
const nothing = z.undefined()

/** Talks to the studio API: JSON both ways, the CSRF token on every change, refusals as ApiError. */
export class StudioClient {
  private csrfToken: string | null = null

  private async call<T extends z.ZodType>(
    schema: T,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<z.infer<T>> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken
    const response = await fetch(`${API}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    })
    const data: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined)
    if (!response.ok) throw refusalOf(response.status, data)
    return answerOf(schema, response.status, data)
  }

  async session(): Promise<SessionInfo> {
    const info = await this.call(sessionInfoSchema, 'GET', '/session')
    this.csrfToken = info.csrfToken
    return info
  }

  async signIn(email: string, password: string): Promise<User> {
    const { user, csrfToken } = await this.call(signedInSchema, 'POST', '/session', {
      email,
      password,
    })
    this.csrfToken = csrfToken
    return user
  }

  /** Creates the first admin with the one-time token the server printed, and signs in as it. */
  async setup(token: string, email: string, name: string, password: string): Promise<User> {
    const { user, csrfToken } = await this.call(signedInSchema, 'POST', '/setup', {
      token,
      email,
      name,
      password,
    })
    this.csrfToken = csrfToken
    return user
  }

  async signOut(): Promise<void> {
    // A JSON body passes the CSRF rule even when the session has already ended elsewhere (sign out everywhere,
    // a role change): signing out then still clears the cookie instead of being refused.
    await this.call(nothing, 'DELETE', '/session', {})
    this.csrfToken = null
  }

  /** Ends every session of this account, this browser's included. */
  async signOutEverywhere(): Promise<void> {
    await this.call(nothing, 'DELETE', '/session/all')
    this.csrfToken = null
  }

  /** Chooses a password with a one-time link an admin made (a new account, a reset), and signs in as its account. */
  async choosePassword(token: string, password: string): Promise<User> {
    const { user, csrfToken } = await this.call(signedInSchema, 'POST', '/session/password-link', { token, password })
    this.csrfToken = csrfToken
    return user
  }

  /** Changes one's own password; other browsers signed in as this account are signed out. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const { csrfToken } = await this.call(signedInSchema, 'PUT', '/session/password', { currentPassword, newPassword })
    this.csrfToken = csrfToken
  }

  accounts = async (): Promise<AccountSummary[]> => (await this.call(accountListSchema, 'GET', '/users')).users
  addAccount = (account: { name: string; email: string; role: User['role'] }) =>
    this.call(accountAnswerSchema, 'POST', '/users', account)
  updateAccount = (id: number, change: { role?: User['role']; disabled?: boolean }) =>
    this.call(accountAnswerSchema, 'PATCH', `/users/${id}`, change)
  /** A reset: the account's password stops working and a new one-time link is made for it. */
  resetPassword = (id: number) => this.call(accountAnswerSchema, 'POST', `/users/${id}/password-link`, {})
  removeAccount = (id: number) => this.call(nothing, 'DELETE', `/users/${id}`)

  draft = () => this.call(draftStateSchema, 'GET', '/draft')
  saveExhibit = (exhibit: Exhibit, baseVersion: number) =>
    this.call(draftStateSchema, 'PUT', `/draft/exhibits/${encodeURIComponent(exhibit.id)}`, { baseVersion, exhibit })
  addExhibit = (exhibit: Exhibit) => this.call(draftStateSchema, 'POST', '/draft/exhibits', { exhibit })
  deleteExhibit = (id: string, baseVersion: number) =>
    this.call(draftStateSchema, 'DELETE', `/draft/exhibits/${encodeURIComponent(id)}?baseVersion=${baseVersion}`)
  saveDocument = (document: Exhibition, baseVersion: number) =>
    this.call(draftStateSchema, 'PUT', '/draft', { baseVersion, document })
  /** Saves the whole draft as edited from `baseRevision`; the server merges it with what was saved since. */
  saveMerged = (document: Exhibition, baseRevision: number) =>
    this.call(draftStateSchema, 'PUT', '/draft', { baseRevision, document })
  /** What publishing now would change for visitors, and the draft version a publish of it names. */
  publishPreview = () => this.call(publishPreviewSchema, 'GET', '/publish')
  publish = (baseVersion?: number) => this.call(publishAnswerSchema, 'POST', '/publish', { baseVersion })
  revisions = () => this.call(revisionListSchema, 'GET', '/revisions')
  revision = (id: number) =>
    this.call(z.object({ summary: revisionSummarySchema, document: exhibitionSchema }), 'GET', `/revisions/${id}`)
  /** Uploads one file, reporting progress (0..1); XMLHttpRequest because fetch cannot report upload progress. */
  upload(file: File, onProgress: (fraction: number) => void): Promise<MediaRecord> {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest()
      request.open('POST', `${API}/media`)
      if (this.csrfToken) request.setRequestHeader('x-csrf-token', this.csrfToken)
      request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total)
      request.onerror = () => reject(new ApiError(0, 'The upload was interrupted: check the connection and try again.'))
      request.onload = () => {
        let body: unknown
        try {
          body = JSON.parse(request.responseText)
        } catch {
          // A proxy's HTML error page, say: the status below still says what happened.
        }
        const answer = uploadAnswerSchema.safeParse(body)
        if (request.status === 201 && answer.success) return resolve(answer.data.media)
        const refusal = refusalSchema.safeParse(body)
        reject(
          new ApiError(
            request.status,
            refusal.success ? refusal.data.error : `The upload failed (HTTP ${request.status}).`,
          ),
        )
      }
      const form = new FormData()
      form.append('file', file)
      request.send(form)
    })
  }

  /** The staff console: every device in the hall now, and a command with each device's answer. */
  consoleDevices = async (): Promise<ConsoleDevice[]> =>
    (await this.call(consoleDeviceListSchema, 'GET', '/console/devices')).devices
  consoleCommand = async (command: ConsoleCommand): Promise<Delivery[]> =>
    (await this.call(deliveryAnswerSchema, 'POST', '/console/commands', command)).deliveries

  restore = (id: number, baseVersion?: number) =>
    this.call(draftStateSchema, 'POST', `/revisions/${id}/restore`, { baseVersion })
}
