import { describe, expect, it } from 'vitest'
import { FloodGuard } from './floodGuard'

describe('FloodGuard', () => {
  it('accepts a steady 20 messages a second indefinitely', () => {
    let t = 0
    const guard = new FloodGuard(() => t)
    for (let i = 0; i < 400; i++) {
      t += 50
      expect(guard.check()).toBe('accept')
    }
  })

  it('drops what goes over 30 a second, then disconnects a sender that keeps flooding', () => {
    const t = 0
    const guard = new FloodGuard(() => t)
    const verdicts = Array.from({ length: 100 }, () => guard.check())
    expect(verdicts.slice(0, 30).every((v) => v === 'accept')).toBe(true)
    expect(verdicts[30]).toBe('drop')
    expect(verdicts).toContain('disconnect')
    expect(verdicts.indexOf('disconnect')).toBe(59)
  })

  it('forgives a short burst once the sender slows down', () => {
    let t = 0
    const guard = new FloodGuard(() => t)
    for (let i = 0; i < 40; i++) guard.check()
    t += 2000
    for (let i = 0; i < 20; i++) {
      t += 60
      expect(guard.check()).toBe('accept')
    }
  })
})
