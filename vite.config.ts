import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { defineConfig } from 'vitest/config'
import { hallPrecache } from './scripts/hallPrecache'
import { PROFILES_PRECACHED } from './scripts/xrProfiles'

/** In `npm run dev`, serve the default exhibition at the URL the production server uses. */
function devExhibition(): Plugin {
  return {
    name: 'metaverse-hall:dev-exhibition',
    configureServer(server) {
      server.middlewares.use('/content/exhibition.json', (_req, res) => {
        res.setHeader('content-type', 'application/json')
        res.end(readFileSync(new URL('./src/content/default-exhibition.json', import.meta.url)))
      })
    },
  }
}

const precache = hallPrecache('hall')

/**
 * The visitor's service worker (src/offline/serviceWorker.ts). It precaches the hall page and its code, the build's
 * font subsets and the usual headsets' controller and hand models; the published document, media and fonts are
 * stored at run time. Registered by the page itself, in production builds only.
 */
const offline = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/offline',
  filename: 'serviceWorker.ts',
  injectRegister: false,
  manifest: false,
  devOptions: { enabled: false },
  injectManifest: {
    globPatterns: [
      'index.html',
      'favicon.svg',
      // The web app manifest and its icons, so the installed hall launches with the server away.
      'manifest.webmanifest',
      'icons/*.png',
      'assets/*.{js,css}',
      'fonts/generated/*.woff',
      'xr-profiles/profilesList.json',
      'xr-profiles/*/profile.json',
      `xr-profiles/{${PROFILES_PRECACHED.join(',')}}/*.glb`,
    ],
    manifestTransforms: [precache.transform],
  },
})

export default defineConfig({
  // Relative asset paths: the same build runs from a server root, a sub-folder or a static export.
  base: './',
  plugins: [react(), devExhibition(), precache.plugin, offline],
  resolve: {
    alias: {
      // Only @pmndrs/xr's own emulator uses these; the hall installs IWER itself (src/xr/startup/emulator.ts).
      '@iwer/devui': fileURLToPath(new URL('./src/xr/startup/emulatorStubs.ts', import.meta.url)),
      '@iwer/sem': fileURLToPath(new URL('./src/xr/startup/emulatorStubs.ts', import.meta.url)),
      // The presence client's MessagePack codec probes `new Function` at load and would compile decoders with it;
      // the hall's CSP forbids eval, so the browser reports a violation. The library ships a no-eval build for
      // exactly this: the hall uses it (decoding is a little slower, and presence messages are tiny).
      '@colyseus/msgpackr': fileURLToPath(
        new URL('./node_modules/@colyseus/msgpackr/dist/index-no-eval.cjs', import.meta.url),
      ),
    },
  },
  build: {
    target: 'es2022',
    // three is one deliberate ~750 kB chunk (190 kB gzip); the budget that matters is checked by the benchmark.
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      // Two pages: visitors load index.html; the studio is its own page, so no visitor ever downloads its code.
      input: {
        hall: fileURLToPath(new URL('./index.html', import.meta.url)),
        studio: fileURLToPath(new URL('./studio/index.html', import.meta.url)),
      },
      output: {
        // three and React are the bulk and change rarely, so they cache apart from the hall's own code.
        manualChunks(id: string) {
          // The meshopt decoder stays its own chunk, fetched only when a stand shows a model.
          if (id.includes('node_modules/three/examples/jsm/libs/meshopt_decoder')) return 'meshopt-decoder'
          if (id.includes('node_modules/three/')) return 'three'
          // The headset emulator, fetched only behind the ?xr-emulate flag (tests, developers without a headset).
          if (id.includes('node_modules/iwer/')) return 'xr-emulator'
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react'
          return undefined
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Font subsetting and image encoding take seconds of CPU when the suite's heavier files (the fuzz, the kill
    // test's child servers) run beside them on two cores: 5 s (the default) fails tests that are merely waiting.
    testTimeout: 30_000,
  },
})
