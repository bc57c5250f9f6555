/**
 * Which built files the visitor's service worker precaches: the hall page's own code, found by walking its chunk
 * graph, so the studio's code and the headset emulator (fetched only behind ?xr-emulate) are never stored for
 * visitors. Workbox finds the files by glob; this plugin keeps only the hall's among the built assets.
 */
import type { Plugin } from 'vite'
import type { ManifestTransform } from 'workbox-build'

/** One built chunk, as much of it as the walk needs. */
export interface ChunkNode {
  fileName: string
  name: string
  isEntry: boolean
  imports: string[]
  dynamicImports: string[]
  css: string[]
}

/** Every file the entry named `entry` loads, at once or later, except through chunks `skip` refuses. */
export function filesReachedFrom(entry: string, chunks: ChunkNode[], skip: (chunk: ChunkNode) => boolean): Set<string> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const start = chunks.find((chunk) => chunk.isEntry && chunk.name === entry)
  if (!start) throw new Error(`no entry chunk named "${entry}"`)
  const reached = new Set<string>()
  const visit = (chunk: ChunkNode) => {
    if (reached.has(chunk.fileName) || skip(chunk)) return
    reached.add(chunk.fileName)
    for (const css of chunk.css) reached.add(css)
    for (const file of [...chunk.imports, ...chunk.dynamicImports]) {
      const next = byFile.get(file)
      if (next) visit(next)
    }
  }
  visit(start)
  return reached
}

/** The headset emulator's chunks (IWER, and @pmndrs/xr's own emulator entry): for tests and developers only. */
export const isEmulatorChunk = (chunk: ChunkNode): boolean => /emulat/i.test(chunk.name)

/** A plugin that records the hall's files at bundle time, and the Workbox transform that keeps only those. */
export function hallPrecache(entry: string): { plugin: Plugin; transform: ManifestTransform } {
  let hallFiles: Set<string> | null = null
  const plugin: Plugin = {
    name: 'metaverse-hall:precache-list',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: ChunkNode[] = []
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        chunks.push({
          fileName: output.fileName,
          name: output.name,
          isEntry: output.isEntry,
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          css: [...(output.viteMetadata?.importedCss ?? [])],
        })
      }
      // The service worker's own build passes through here too; only the app's bundle holds the hall entry.
      if (chunks.some((chunk) => chunk.isEntry && chunk.name === entry)) {
        hallFiles = filesReachedFrom(entry, chunks, isEmulatorChunk)
      }
    },
  }
  const transform: ManifestTransform = (entries) => {
    const files = hallFiles
    if (!files) throw new Error('the hall bundle was not seen before the precache manifest was made')
    const manifest = entries.filter((file) => !file.url.startsWith('assets/') || files.has(file.url))
    return { manifest, warnings: [] }
  }
  return { plugin, transform }
}
