import { describe, expect, it } from 'vitest'
import { type ChunkNode, filesReachedFrom, isEmulatorChunk } from './hallPrecache'

const chunk = (name: string, extra: Partial<ChunkNode> = {}): ChunkNode => ({
  fileName: `assets/${name}-hash.js`,
  name,
  isEntry: false,
  imports: [],
  dynamicImports: [],
  css: [],
  ...extra,
})

describe('the hall files the service worker precaches', () => {
  const chunks = [
    chunk('hall', {
      isEntry: true,
      imports: ['assets/three-hash.js'],
      dynamicImports: ['assets/vrModule-hash.js', 'assets/emulator-hash.js'],
      css: ['assets/hall-hash.css'],
    }),
    chunk('studio', {
      isEntry: true,
      imports: ['assets/three-hash.js'],
      dynamicImports: ['assets/StudioPreview-hash.js'],
    }),
    chunk('three'),
    chunk('vrModule', { imports: ['assets/three-hash.js'], css: ['assets/vrModule-hash.css'] }),
    chunk('emulator', { imports: ['assets/xr-emulator-hash.js'] }),
    chunk('xr-emulator'),
    chunk('StudioPreview'),
  ]

  it('hold the hall, its lazy VR code and their styles, never the studio or the emulator', () => {
    const files = filesReachedFrom('hall', chunks, isEmulatorChunk)
    expect([...files].sort()).toEqual([
      'assets/hall-hash.css',
      'assets/hall-hash.js',
      'assets/three-hash.js',
      'assets/vrModule-hash.css',
      'assets/vrModule-hash.js',
    ])
  })

  it('refuse an entry that is not in the bundle', () => {
    expect(() => filesReachedFrom('missing', chunks, isEmulatorChunk)).toThrow(/no entry chunk/)
  })
})
