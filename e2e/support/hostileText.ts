import type { Exhibition } from '../../src/content/schema'

declare global {
  interface Window {
    /** Set only if a curator's text ever ran as script: each payload appends the field it was put in. */
    __xssRan?: string
  }
}

/** Markup and script an attacker with a curator's account might type, each naming the field it sits in. */
const PAYLOADS = [
  (field: string) => `<script>window.__xssRan=(window.__xssRan||'')+'${field};'</script>`,
  (field: string) => `<img src="x" onerror="window.__xssRan=(window.__xssRan||'')+'${field};'">`,
  (field: string) => `<svg onload="window.__xssRan=(window.__xssRan||'')+'${field};'"></svg>`,
  (field: string) => `[press here](javascript:window.__xssRan=(window.__xssRan||'')+'${field};')`,
  (field: string) => `<iframe srcdoc="<script>parent.__xssRan='${field}'</script>"></iframe>`,
  (field: string) => `"><img src=x onerror=window.__xssRan='${field}'>`,
]

/** Keys whose strings are free text a curator writes (every localized text, quotes, credits, source paragraphs). */
const TEXT_KEYS = new Set(['zh', 'en', 'quote', 'credit'])

/**
 * A copy of `document` with a payload appended to every free-text field, so the test covers each field the hall
 * or the studio might render, whatever component renders it. Returns the field paths it touched.
 */
export function withPayloadInEveryText(document: Exhibition): { document: Exhibition; fields: string[] } {
  const fields: string[] = []
  const visit = (value: unknown, path: string, key: string | number): unknown => {
    if (typeof value === 'string') {
      const isText = (typeof key === 'string' && TEXT_KEYS.has(key)) || /paragraphs$/.test(path.replace(/\[\d+\]$/, ''))
      // An exhibit's `audio` is keyed by language too, but holds file paths, not text.
      if (!isText || path.includes('.audio.')) return value
      fields.push(path)
      const payload = PAYLOADS[fields.length % PAYLOADS.length]?.(path.replace(/[^\w.[\]-]/g, '')) ?? ''
      return `${value} ${payload}`
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, `${path}[${index}]`, index))
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([name, item]) => [name, visit(item, `${path}.${name}`, name)]),
      )
    }
    return value
  }
  return { document: visit(structuredClone(document), 'document', '') as Exhibition, fields }
}

/** Elements a rendered payload would have created: none may exist in a page showing curator text. */
export const INJECTED = 'script:not([src]), img[src="x"], svg[onload], iframe, [onerror], [onload], [onmouseover]'
