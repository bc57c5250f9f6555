/**
 * How much of the offline copy is stored: the service worker lists every file a visit needs (the precached app and
 * the published exhibition's files) with the bytes it holds of each; the page sums them. Pure, so tested apart.
 */
export interface InventoryFile {
  url: string
  /** Bytes of the stored copy, or null when none is stored. */
  storedBytes: number | null
  /** The file's size: the stored copy's, else what the server says it is; null when neither is known (offline). */
  neededBytes: number | null
}

export interface InventoryRequest {
  type: 'offline-inventory'
  /** Absolute URLs of the published document, its media and fonts (the precache list the worker knows itself). */
  urls: string[]
}

export interface InventoryReply {
  type: 'offline-inventory'
  files: InventoryFile[]
}

export interface InventorySummary {
  files: number
  filesMissing: number
  bytesStored: number
  /** The sum of every size known; with `unknownSizes` > 0 the true need is larger. */
  bytesNeeded: number
  unknownSizes: number
  complete: boolean
}

export function summarizeInventory(files: readonly InventoryFile[]): InventorySummary {
  let bytesStored = 0
  let bytesNeeded = 0
  let filesMissing = 0
  let unknownSizes = 0
  for (const file of files) {
    if (file.storedBytes === null) filesMissing++
    else bytesStored += file.storedBytes
    if (file.neededBytes === null) unknownSizes++
    else bytesNeeded += file.neededBytes
  }
  return {
    files: files.length,
    filesMissing,
    bytesStored,
    bytesNeeded,
    unknownSizes,
    complete: files.length > 0 && filesMissing === 0,
  }
}

const isFile = (value: unknown): value is InventoryFile => {
  if (typeof value !== 'object' || value === null) return false
  const { url, storedBytes, neededBytes } = value as Record<string, unknown>
  const size = (n: unknown) => n === null || (typeof n === 'number' && Number.isFinite(n) && n >= 0)
  return typeof url === 'string' && size(storedBytes) && size(neededBytes)
}

export function isInventoryRequest(data: unknown): data is InventoryRequest {
  if (typeof data !== 'object' || data === null) return false
  const { type, urls } = data as Record<string, unknown>
  return type === 'offline-inventory' && Array.isArray(urls) && urls.every((url) => typeof url === 'string')
}

export function isInventoryReply(data: unknown): data is InventoryReply {
  if (typeof data !== 'object' || data === null) return false
  const { type, files } = data as Record<string, unknown>
  return type === 'offline-inventory' && Array.isArray(files) && files.every(isFile)
}

/** "12.3 MB", as staff read it. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`
  return `${(bytes / 1_000_000).toFixed(1)} MB`
}
