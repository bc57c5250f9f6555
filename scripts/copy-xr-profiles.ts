/**
 * Copies the controller and hand profiles a headset visitor may need from @webxr-input-profiles/assets (98 MB in
 * all) into public/xr-profiles/, with a profile list naming only those: the hall never fetches them from a CDN.
 * Runs before `vite build`.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PROFILES } from './xrProfiles'

const require = createRequire(import.meta.url)
const source = join(dirname(require.resolve('@webxr-input-profiles/assets/package.json')), 'dist', 'profiles')
const target = fileURLToPath(new URL('../public/xr-profiles', import.meta.url))

const list = JSON.parse(readFileSync(join(source, 'profilesList.json'), 'utf8')) as Record<string, unknown>
rmSync(target, { recursive: true, force: true })
mkdirSync(target, { recursive: true })
const kept: Record<string, unknown> = {}
for (const id of PROFILES) {
  if (!list[id]) throw new Error(`@webxr-input-profiles/assets has no profile "${id}"`)
  cpSync(join(source, id), join(target, id), { recursive: true })
  kept[id] = list[id]
}
writeFileSync(join(target, 'profilesList.json'), `${JSON.stringify(kept, null, 2)}\n`)
console.log(`xr-profiles: ${PROFILES.length} profiles copied to ${target}`)
