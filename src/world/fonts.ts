import { configureTextBuilder, preloadFont } from 'troika-three-text'

/** Fonts cut to the exhibition's glyphs at build time (see scripts/build-fonts.ts); served by the project. */
export const hallFonts = (root: string) =>
  ({
    regular: `${root}fonts/generated/hall-400.woff`,
    bold: `${root}fonts/generated/hall-700.woff`,
  }) as const

/** The fonts as the visitor app (at the site's root) loads them. */
export const HALL_FONT = hallFonts(import.meta.env.BASE_URL)

let configured = false

/**
 * Troika falls back to fonts on a public CDN for glyphs a font lacks. Pointing that at our own origin means a
 * missing glyph costs a local 404, never a request to another host.
 */
export function configureOfflineText(): void {
  if (configured) return
  configured = true
  configureTextBuilder({
    defaultFontURL: HALL_FONT.regular,
    unicodeFontsURL: `${new URL(import.meta.env.BASE_URL, window.location.href).href}fonts/unicode-fallback/`,
  })
}

/** Loads a font and its glyphs for `characters` before the hall shows, reporting when done. */
export function preloadHallFont(url: string, characters: string): Promise<void> {
  return new Promise((resolve) => preloadFont({ font: url, characters, sdfGlyphSize: 64 }, () => resolve()))
}

/**
 * The HTML overlay uses the same font files as the 3D text, registered here rather than in CSS so their URLs follow
 * the app's base path (a static export may live in a sub-folder) and a visitor downloads each file once.
 */
export function registerHtmlFonts(): void {
  const faces = [
    new FontFace('Hall Sans', `url(${HALL_FONT.regular})`, { weight: '400', display: 'swap' }),
    new FontFace('Hall Sans', `url(${HALL_FONT.bold})`, { weight: '700', display: 'swap' }),
  ]
  for (const face of faces) {
    document.fonts.add(face)
    face.load().catch(() => console.warn(`The font ${face.family} could not be loaded; using the system font.`))
  }
}
