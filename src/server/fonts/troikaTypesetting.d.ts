/**
 * The parts of troika-three-text 0.52 the font tests drive directly (its src/ modules, which its published types leave
 * out): the font parser the hall's 3D text uses, and the typesetter that places glyphs with it.
 */

declare module 'troika-three-text/src/FontParser.js' {
  /** A font as troika parsed it; the typesetter reads it, the tests only pass it along. */
  export interface ParsedFont {
    unitsPerEm: number
    supportsCodePoint(code: number): boolean
  }
  /** A troika worker module; on the main thread it resolves to the parser function. */
  const fontParser: {
    onMainThread: { _getInitResult(): Promise<(buffer: ArrayBuffer) => ParsedFont> }
  }
  export default fontParser
}

declare module 'troika-three-text/src/Typesetter.js' {
  import type { ParsedFont } from 'troika-three-text/src/FontParser.js'

  export interface TypesetParams {
    text: string
    fontSize?: number
    /** Fonts already parsed: typesetting then runs synchronously, with no font fetching. */
    preResolvedFonts: { chars: Uint8Array; fonts: (ParsedFont & { src: string })[] }
  }

  export interface TypesetResult {
    glyphIds: Uint16Array
    /** x, y of each drawn glyph's origin, in units of fontSize. */
    glyphPositions: Float32Array
    /** Per font src, per glyph id: its path and its bounds in font units (xMin, yMin, xMax, yMax). */
    glyphData: Record<string, Record<number, { path: string; pathBounds: [number, number, number, number] }>>
  }

  export function createTypesetter(
    resolveFonts: unknown,
    bidi: unknown,
  ): { typeset(params: TypesetParams, callback: (result: TypesetResult) => void): void }
}
