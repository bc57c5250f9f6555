import type { Page } from '@playwright/test'

export interface ImageStats {
  /** Distinct colours after rounding each channel to 32 levels. */
  colors: number
  /** Standard deviation of luminance, 0..255. */
  spread: number
}

/** Decodes a PNG screenshot in the browser and measures how much is in it: a blank or flat frame scores near zero. */
export async function imageStats(page: Page, png: Buffer): Promise<ImageStats> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2D context')
    context.drawImage(bitmap, 0, 0)
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
    const colors = new Set<number>()
    let sum = 0
    let sumSquares = 0
    const pixels = data.length / 4
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] ?? 0
      const g = data[i + 1] ?? 0
      const b = data[i + 2] ?? 0
      colors.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3))
      const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
      sum += luminance
      sumSquares += luminance * luminance
    }
    const mean = sum / pixels
    return { colors: colors.size, spread: Math.sqrt(Math.max(0, sumSquares / pixels - mean * mean)) }
  }, png.toString('base64'))
}

/** The share of pixels (0..1) whose colour differs by more than `tolerance` in any channel between two screenshots. */
export async function differingShare(page: Page, a: Buffer, b: Buffer, tolerance = 24): Promise<number> {
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const pixels = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
        const context = canvas.getContext('2d')
        if (!context) throw new Error('no 2D context')
        context.drawImage(bitmap, 0, 0)
        return context.getImageData(0, 0, bitmap.width, bitmap.height).data
      }
      const [first, second] = await Promise.all([pixels(a), pixels(b)])
      if (first.length !== second.length) return 1
      let differing = 0
      for (let i = 0; i < first.length; i += 4) {
        for (let channel = 0; channel < 3; channel++) {
          if (Math.abs((first[i + channel] ?? 0) - (second[i + channel] ?? 0)) > tolerance) {
            differing += 1
            break
          }
        }
      }
      return differing / (first.length / 4)
    },
    { a: a.toString('base64'), b: b.toString('base64'), tolerance },
  )
}

/** The share of pixels (0..1) whose colour lies within `tolerance` of `rgb` in every channel. */
export async function colourShare(
  page: Page,
  png: Buffer,
  rgb: [number, number, number],
  tolerance = 8,
): Promise<number> {
  return page.evaluate(
    async ({ base64, rgb, tolerance }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }))
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')
      if (!context) throw new Error('no 2D context')
      context.drawImage(bitmap, 0, 0)
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
      let matching = 0
      for (let i = 0; i < data.length; i += 4) {
        if (rgb.every((value, channel) => Math.abs((data[i + channel] ?? 0) - value) <= tolerance)) matching += 1
      }
      return matching / (data.length / 4)
    },
    { base64: png.toString('base64'), rgb, tolerance },
  )
}
