import type { Page } from '@playwright/test'
import type { ScreenRect } from './standArea'

/**
 * The share (0..1) of pixels inside `rect` of a canvas screenshot that match the picture at `src`, drawn into the
 * same rectangle. The edge (`inset`, a share of each side) is left out, so a pixel's misplacement is not counted.
 */
export async function pictureMatch(
  page: Page,
  png: Buffer,
  rect: ScreenRect,
  src: string,
  { inset = 0.06, tolerance = 40 } = {},
): Promise<number> {
  return page.evaluate(
    async ({ base64, rect, src, inset, tolerance }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
      const shot = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const left = Math.round(shot.width * rect.left)
      const top = Math.round(shot.height * rect.top)
      const width = Math.round(shot.width * (rect.right - rect.left))
      const height = Math.round(shot.height * (rect.bottom - rect.top))
      if (width < 8 || height < 8) return 0
      const draw = (source: CanvasImageSource, sx: number, sy: number, sw: number, sh: number) => {
        const canvas = new OffscreenCanvas(width, height)
        const context = canvas.getContext('2d')
        if (!context) throw new Error('no 2D context')
        context.drawImage(source, sx, sy, sw, sh, 0, 0, width, height)
        return context.getImageData(0, 0, width, height).data
      }
      // An <img>, not createImageBitmap: Chromium decodes SVG only through an image element.
      const picture = new Image()
      picture.src = src
      await picture.decode()
      const seen = draw(shot, left, top, width, height)
      const expected = draw(picture, 0, 0, picture.naturalWidth, picture.naturalHeight)
      let matching = 0
      let counted = 0
      for (let y = Math.round(height * inset); y < height * (1 - inset); y++) {
        for (let x = Math.round(width * inset); x < width * (1 - inset); x++) {
          const i = (y * width + x) * 4
          counted += 1
          let same = true
          for (let channel = 0; channel < 3; channel++) {
            if (Math.abs((seen[i + channel] ?? 0) - (expected[i + channel] ?? 0)) > tolerance) same = false
          }
          if (same) matching += 1
        }
      }
      return counted ? matching / counted : 0
    },
    { base64: png.toString('base64'), rect, src, inset, tolerance },
  )
}

/** One of a picture's main colours and the share (0..1) of the picture it covers. */
export interface PictureColour {
  rgb: [number, number, number]
  share: number
}

/**
 * The picture's most common colours (each channel rounded to 32 levels, then the mean of the pixels in that bin), at
 * most `count` of them, each covering at least `minShare` of the picture: what a visitor would name it by.
 */
export async function pictureColours(page: Page, src: string, count = 3, minShare = 0.05): Promise<PictureColour[]> {
  return page.evaluate(
    async ({ src, count, minShare }) => {
      const picture = new Image()
      picture.src = src
      await picture.decode()
      const canvas = new OffscreenCanvas(256, Math.round((256 * picture.naturalHeight) / picture.naturalWidth))
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2D context')
      context.drawImage(picture, 0, 0, canvas.width, canvas.height)
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      const bins = new Map<number, { n: number; r: number; g: number; b: number }>()
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] ?? 0
        const g = data[i + 1] ?? 0
        const b = data[i + 2] ?? 0
        const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3)
        const bin = bins.get(key) ?? { n: 0, r: 0, g: 0, b: 0 }
        bin.n += 1
        bin.r += r
        bin.g += g
        bin.b += b
        bins.set(key, bin)
      }
      const pixels = data.length / 4
      return [...bins.values()]
        .filter((bin) => bin.n / pixels >= minShare)
        .sort((a, b) => b.n - a.n)
        .slice(0, count)
        .map((bin) => ({
          rgb: [Math.round(bin.r / bin.n), Math.round(bin.g / bin.n), Math.round(bin.b / bin.n)] as [
            number,
            number,
            number,
          ],
          share: Number((bin.n / pixels).toFixed(3)),
        }))
    },
    { src, count, minShare },
  )
}
