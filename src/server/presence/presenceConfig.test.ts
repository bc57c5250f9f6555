import { describe, expect, it } from 'vitest'
import { readPresenceConfig } from './presenceConfig'

describe('presence settings', () => {
  it('gives visitors five seconds to accept a gathering unless staff set another time', () => {
    expect(readPresenceConfig({}).gatherSeconds).toBe(5)
    expect(readPresenceConfig({ GATHER_COUNTDOWN_SECONDS: '30' }).gatherSeconds).toBe(30)
  })

  it('stops on a countdown no one could answer, or one that keeps a group waiting, naming the setting', () => {
    expect(() => readPresenceConfig({ GATHER_COUNTDOWN_SECONDS: '1' })).toThrow(/gatherSeconds/)
    expect(() => readPresenceConfig({ GATHER_COUNTDOWN_SECONDS: '600' })).toThrow(/gatherSeconds/)
    expect(() => readPresenceConfig({ GATHER_COUNTDOWN_SECONDS: 'soon' })).toThrow(/gatherSeconds/)
  })
})
