import { describe, expect, it } from 'vitest'
import { offlineKind } from './offlineRoutes'

const kind = (path: string, navigation = false, scope = 'https://hall.example/') =>
  offlineKind(new URL(path, 'https://hall.example/'), new URL(scope), navigation)

describe('what the service worker keeps', () => {
  it('answers the hall page, whatever exhibit or language its address names', () => {
    expect(kind('/', true)).toBe('page')
    expect(kind('/?exhibit=nft-collections&lang=en', true)).toBe('page')
    expect(kind('/index.html', true)).toBe('page')
  })

  it('never answers the studio or the API', () => {
    expect(kind('/studio/', true)).toBeNull()
    expect(kind('/studio/index.html', true)).toBeNull()
    expect(kind('/studio/assets/x.js')).toBeNull()
    expect(kind('/api/session')).toBeNull()
    expect(kind('/api/draft')).toBeNull()
  })

  it('keeps the published document, fonts, media and controller models, each its own way', () => {
    expect(kind('/content/exhibition.json')).toBe('document')
    expect(kind('/fonts/generated/hall-400.woff')).toBe('fonts')
    expect(kind('/fonts/unicode-fallback/x.json')).toBe('fonts')
    expect(kind('/media/0123456789abcdef01234567.webp')).toBe('media')
    expect(kind('/media/a.glb')).toBe('media')
    expect(kind('/xr-profiles/generic-trigger/profile.json')).toBe('profiles')
  })

  it('leaves other origins and paths outside its folder alone', () => {
    expect(offlineKind(new URL('https://cdn.example/media/a.webp'), new URL('https://hall.example/'), false)).toBeNull()
    expect(kind('/media/a.webp', false, 'https://hall.example/site/')).toBeNull()
    expect(kind('/site/media/a.webp', false, 'https://hall.example/site/')).toBe('media')
    expect(kind('/site/', true, 'https://hall.example/site/')).toBe('page')
  })
})
