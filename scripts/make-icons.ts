/**
 * Draws the installed app's PNG icons from the favicon (`public/favicon.svg`) with sharp, on this machine: run once
 * when the favicon changes (`npx tsx scripts/make-icons.ts`); the PNGs are committed, so a build needs no network.
 * The maskable icon keeps the drawing inside the central 80 % "safe zone" a launcher may crop to a circle.
 */
import { readFileSync } from 'node:fs'
import sharp from 'sharp'

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url))
const out = (name: string) => new URL(`../public/icons/${name}`, import.meta.url).pathname
const BACKGROUND = '#1d2433'

async function plain(size: number): Promise<void> {
  await sharp(svg, { density: (72 * size) / 64 })
    .resize(size, size)
    .png()
    .toFile(out(`icon-${size}.png`))
}

async function maskable(size: number): Promise<void> {
  const inner = Math.round(size * 0.7)
  const drawing = await sharp(svg, { density: (72 * inner) / 64 })
    .resize(inner, inner)
    .png()
    .toBuffer()
  await sharp({ create: { width: size, height: size, channels: 4, background: BACKGROUND } })
    .composite([{ input: drawing, gravity: 'centre' }])
    .png()
    .toFile(out(`maskable-${size}.png`))
}

await Promise.all([plain(192), plain(512), plain(180), maskable(512)])
console.log('icons written to public/icons/')
