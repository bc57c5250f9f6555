/**
 * Makes `key` of `target` a value computed when it is read (a test reading the report, structuredClone copying it)
 * instead of one written ahead of time, so nothing is done for tests while none is reading. Enumerable, so a
 * structured clone of the report copies the value. Returns how to put back a plain value (the last one read).
 */
export function readOnDemand<T extends object, K extends keyof T>(target: T, key: K, read: () => T[K]): () => void {
  Object.defineProperty(target, key, { get: read, enumerable: true, configurable: true })
  return () => {
    Object.defineProperty(target, key, { value: read(), writable: true, enumerable: true, configurable: true })
  }
}
