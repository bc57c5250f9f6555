import type { Page } from '@playwright/test'

declare global {
  interface Window {
    /** The largest width or height of any texture the page has given WebGL, in texels. */
    __largestTexture?: number
  }
}

/**
 * Watches every texture upload the page makes (WebGL 1 and 2, all entry points three uses), so a test can check the
 * largest one whatever made it: the hall's pictures, troika's glyph atlas, controller models in VR.
 */
export async function watchTextureSizes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__largestTexture = 0
    const note = (width: unknown, height: unknown) => {
      const size = Math.max(Number(width) || 0, Number(height) || 0)
      if (size > (window.__largestTexture ?? 0)) window.__largestTexture = size
    }
    const sourceSize = (source: unknown) => {
      const s = source as { width?: number; height?: number; videoWidth?: number; videoHeight?: number } | null
      return [s?.videoWidth ?? s?.width ?? 0, s?.videoHeight ?? s?.height ?? 0]
    }
    for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
      const proto = context.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
      for (const name of ['texImage2D', 'texStorage2D', 'texImage3D', 'texStorage3D']) {
        const original = proto[name]
        if (!original) continue
        proto[name] = function (this: unknown, ...args: unknown[]) {
          // texImage2D(target, level, internalformat, format, type, source) gives the size by its source.
          if (name === 'texImage2D' && args.length === 6) note(...(sourceSize(args[5]) as [number, number]))
          else if (name.startsWith('texStorage')) note(args[3], args[4])
          else note(args[3], args[4])
          return original.apply(this, args)
        }
      }
    }
  })
}

export const largestTexture = (page: Page): Promise<number> => page.evaluate(() => window.__largestTexture ?? 0)
