import type { Page } from '@playwright/test'

declare global {
  interface Window {
    /** The largest width or height of any texture the page has given WebGL, in texels. */
    __largestTexture?: number
  }
}

/**
 * Wraps every WebGL entry point that sizes a texture (WebGL 1 and 2) to remember the largest. Kept as source text:
 * a function would be rewritten by whichever TypeScript loader runs the caller (tsx adds helpers the page lacks).
 */
const WATCH = `(() => {
  window.__largestTexture = 0
  const note = (width, height) => {
    const size = Math.max(Number(width) || 0, Number(height) || 0)
    if (size > window.__largestTexture) window.__largestTexture = size
  }
  for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
    for (const name of ['texImage2D', 'texStorage2D', 'texImage3D', 'texStorage3D']) {
      const original = context.prototype[name]
      if (!original) continue
      context.prototype[name] = function (...args) {
        // texImage2D(target, level, internalformat, format, type, source) takes its size from the source.
        if (name === 'texImage2D' && args.length === 6) {
          const source = args[5]
          note(source?.videoWidth ?? source?.width, source?.videoHeight ?? source?.height)
        } else note(args[3], args[4])
        return original.apply(this, args)
      }
    }
  }
})()`

/**
 * Watches every texture the page gives WebGL, so a test can check the largest one whatever made it: the hall's
 * pictures, troika's glyph atlas, controller models in VR.
 */
export async function watchTextureSizes(page: Page): Promise<void> {
  await page.addInitScript({ content: WATCH })
}

export const largestTexture = (page: Page): Promise<number> => page.evaluate(() => window.__largestTexture ?? 0)
