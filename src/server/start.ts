/** `npm start`: builds the visitor app if it is missing or older than its sources, then serves the exhibition. */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import type { Server as HttpServer } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import { join, resolve } from 'node:path'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import { prepareFirstAdmin } from './auth/setup'
import { readConfig } from './config'
import { openHall } from './hall'
import { joinUrls, lanAddresses } from './network'
import { readPresenceConfig } from './presence/presenceConfig'
import { startPresence } from './presence/presenceServer'
import { certificateFor } from './tls/certificate'

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0
  const stats = statSync(path)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stats.mtimeMs)
}

function buildIfNeeded(distDir: string): void {
  const built = join(distDir, 'index.html')
  const sources = Math.max(newestMtime('src'), newestMtime('index.html'), newestMtime('vite.config.ts'))
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return
  console.log('Building the visitor app (first start, or sources changed)…')
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' })
  if (result.status !== 0) throw new Error('The build failed; see the output above.')
}

const config = readConfig(process.argv.slice(2), process.env)
buildIfNeeded(config.distDir)
const hall = openHall({ dataDir: resolve(config.dataDir), distDir: resolve(config.distDir), secure: config.https })
const setup = await prepareFirstAdmin(hall, process.env)
// Fonts for what is published, in case the data directory was copied without them; the build's serve until then.
hall.fonts.ensure(hall.content.publishedDocument()).catch((error) => console.error('Font subsetting failed:', error))
const presenceConfig = readPresenceConfig(process.env)
// Visitors seeing each other: the realtime engine runs in this process, on this server's port and origin.
const presence = startPresence({
  bounds: () => hall.content.publishedDocument().hall,
  instanceSize: presenceConfig.instanceSize,
  gatherSeconds: presenceConfig.gatherSeconds,
  redisUrl: presenceConfig.redisUrl,
})
const app = createApp({
  hall,
  presence,
  // Only on all interfaces is the hall reachable from headsets; on loopback there is nothing to join.
  joinUrls: () => (config.host === '0.0.0.0' ? joinUrls(config.https, config.port) : []),
})
const tls = config.https ? await certificateFor(hall.dataDir, lanAddresses(), config.tls) : null
const scheme = tls ? 'https' : 'http'
const listen = { fetch: app.fetch, port: config.port, hostname: config.host }
const server = serve(
  tls ? { ...listen, createServer: createHttpsServer, serverOptions: { key: tls.key, cert: tls.cert } } : listen,
  (info) => {
    presence.attach(server as HttpServer, presenceConfig.address ?? `127.0.0.1:${info.port}`)
    console.log(`Metaverse Hall is open at ${scheme}://localhost:${info.port}/`)
    if (config.host === '0.0.0.0') {
      for (const address of lanAddresses()) console.log(`  on the local network: ${scheme}://${address}:${info.port}/`)
    }
    if (tls?.origin === 'generated')
      console.log(`A self-signed certificate was made in ${hall.dataDir}/tls; headsets ask once to trust it.`)
    if (!tls && config.host === '0.0.0.0')
      console.log('Headsets on the network need HTTPS to enter VR: start with --https.')
    console.log(`Data directory: ${hall.dataDir}`)
    if (setup.kind === 'created-from-environment') console.log(`Admin account ${setup.email} created from ADMIN_EMAIL.`)
    if (setup.kind === 'token') {
      console.log('No curator account exists yet. Create the first admin (this link works once):')
      console.log(`  ${scheme}://localhost:${info.port}/studio/#setup=${setup.token}`)
      console.log(`  or POST /api/setup with {"token": "${setup.token}", "email", "name", "password"}`)
    }
  },
)
// Open sockets would hold the server open: the engine closes them (visitors reconnect to the next start).
const stop = () => {
  void presence.shutdown().finally(() => server.close(() => process.exit(0)))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
