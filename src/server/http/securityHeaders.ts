import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

const SELF = "'self'"

/**
 * The Content-Security-Policy every page of the hall and the studio runs under: nothing from another origin, no
 * inline or eval'd script. The exceptions are what the app's libraries need, each for a reason:
 * - worker-src blob: troika-three-text lays out 3D text in a web worker it builds from a blob: URL (and 'self' for
 *   the service worker); script-src blob: that worker inherits this policy and loads its functions with
 *   importScripts(blob:). Only script already running on this origin can make a blob: URL, so markup injected
 *   into a page still cannot run anything;
 * - connect-src blob: data: three's GLTFLoader reads a model's embedded textures and buffers through blob: and data:
 *   URLs with fetch();
 * - img-src data: blob: textures decoded from those URLs, and small inline images;
 * - style-src 'unsafe-inline': React sets inline style attributes (layout of overlays, the studio's floor plan);
 * - script-src 'wasm-unsafe-eval': three's meshopt decoder (uploaded models are stored meshopt-compressed) is
 *   WebAssembly. This allows compiling WebAssembly only, never evaluating strings as JavaScript.
 * The client evaluates no strings (zod is made jitless in src/content/noEval.ts): no 'unsafe-eval', no
 * 'unsafe-inline' for scripts.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: [SELF],
  scriptSrc: [SELF, 'blob:', "'wasm-unsafe-eval'"],
  styleSrc: [SELF, "'unsafe-inline'"],
  imgSrc: [SELF, 'data:', 'blob:'],
  fontSrc: [SELF, 'data:'],
  connectSrc: [SELF, 'blob:', 'data:'],
  workerSrc: [SELF, 'blob:'],
  mediaSrc: [SELF, 'blob:'],
  manifestSrc: [SELF],
  objectSrc: ["'none'"],
  baseUri: [SELF],
  formAction: [SELF],
  frameAncestors: [SELF],
}

/**
 * Security headers on every response: the CSP above, no MIME sniffing (an upload is only ever what its
 * Content-Type says), no framing by other sites, no referrer leaving the page, a browsing context group of its own,
 * and of the powerful features only xr-spatial-tracking, which the hall needs to enter VR.
 */
export function securityHeaders(options: { secure: boolean }): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    permissionsPolicy: {
      // Permissions-Policy spells the origin without quotes.
      xrSpatialTracking: ['self'],
      fullscreen: ['self'],
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
    },
    xFrameOptions: 'SAMEORIGIN',
    referrerPolicy: 'no-referrer',
    crossOriginOpenerPolicy: 'same-origin',
    crossOriginResourcePolicy: 'same-origin',
    // Cross-origin isolation would buy nothing here (no SharedArrayBuffer) and forbid nothing more than CORP does.
    crossOriginEmbedderPolicy: false,
    // Only meaningful over HTTPS; over plain HTTP (loopback, development) the browser ignores it anyway.
    strictTransportSecurity: options.secure ? 'max-age=15552000' : false,
  })
  return async (c, next) => {
    await headers(c, next)
    // The studio's pages may use the microphone (a curator records narration there); the hall's never may.
    const policy = c.res.headers.get('Permissions-Policy')
    if (policy && (c.req.path === '/studio' || c.req.path.startsWith('/studio/'))) {
      c.res.headers.set('Permissions-Policy', policy.replace('microphone=()', 'microphone=(self)'))
    }
  }
}
