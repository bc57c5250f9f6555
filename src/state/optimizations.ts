/**
 * The hall's cost-saving techniques, each of which can be turned off with a diagnostic flag so the benchmark can show
 * what it buys: `?opt=off` turns all of them off, `?opt=-text,-media` only those named. Visitors never set these; a
 * visitor who does only gets a slower hall.
 */
export const OPTIMIZATIONS = ['text', 'lod', 'media', 'instancing', 'demand'] as const
export type Optimization = (typeof OPTIMIZATIONS)[number]

/** Which techniques are on. */
export type Optimizations = Readonly<Record<Optimization, boolean>>

export const ALL_ON: Optimizations = { text: true, lod: true, media: true, instancing: true, demand: true }

const isOptimization = (name: string): name is Optimization => (OPTIMIZATIONS as readonly string[]).includes(name)

/** Reads the `opt` query parameter; unknown names are ignored, so an old bench URL never breaks the hall. */
export function optimizationsFrom(search: string): Optimizations {
  const value = new URLSearchParams(search).get('opt')
  if (!value) return ALL_ON
  if (value === 'off') return { text: false, lod: false, media: false, instancing: false, demand: false }
  const flags: Record<Optimization, boolean> = { ...ALL_ON }
  for (const part of value.split(',')) {
    const name = part.trim().replace(/^-/, '')
    if (isOptimization(name)) flags[name] = !part.trim().startsWith('-')
  }
  return flags
}
