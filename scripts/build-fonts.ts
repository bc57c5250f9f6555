/** Cuts the hall fonts down to the glyphs of the default exhibition and the interface (run before `vite build`). */
import { fileURLToPath } from 'node:url'
import defaultExhibition from '../src/content/default-exhibition.json' with { type: 'json' }
import { glyphsFor } from '../src/content/glyphs'
import { describeProblems, parseExhibition } from '../src/content/parse'
import { subsetHallFonts } from '../src/server/fonts/subsetFonts'

const parsed = parseExhibition(defaultExhibition)
if (!parsed.ok) {
  console.error(`The default exhibition is invalid:\n${describeProblems(parsed.problems)}`)
  process.exit(1)
}
const glyphs = glyphsFor(parsed.exhibition)
const outDir = fileURLToPath(new URL('../public/fonts/generated', import.meta.url))
for (const report of await subsetHallFonts(glyphs, outDir)) {
  console.log(`${report.file}: ${glyphs.length} glyphs, ${(report.bytes / 1024).toFixed(0)} KiB`)
}
