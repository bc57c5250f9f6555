/**
 * What the hall page and its service worker say to each other. The page sends `keep-offline` with the published
 * exhibition's files once it has shown the hall; the worker answers on the message's port when they are stored.
 */
export interface KeepOfflineRequest {
  type: 'keep-offline'
  /** Absolute URLs of the published document, its media and its fonts. */
  urls: string[]
}

export interface KeepOfflineReply {
  type: 'kept-offline'
  /** The URLs that could not be fetched and stored (empty when all of them were). */
  failed: string[]
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

export function isKeepOfflineRequest(data: unknown): data is KeepOfflineRequest {
  if (typeof data !== 'object' || data === null) return false
  const { type, urls } = data as Record<string, unknown>
  return type === 'keep-offline' && isStringArray(urls)
}

export function isKeepOfflineReply(data: unknown): data is KeepOfflineReply {
  if (typeof data !== 'object' || data === null) return false
  const { type, failed } = data as Record<string, unknown>
  return type === 'kept-offline' && isStringArray(failed)
}
