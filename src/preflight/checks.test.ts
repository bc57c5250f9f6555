import { describe, expect, it } from 'vitest'
import { frameRateCheck, immersiveCheck, inputsCheck, offlineCheck, presenceCheck, secureCheck } from './checks'

const summary = { files: 3, filesMissing: 0, bytesStored: 2_500_000, bytesNeeded: 2_500_000, unknownSizes: 0 }

describe('pre-flight checks', () => {
  it('say whether VR can be entered', () => {
    expect(immersiveCheck(true).status).toBe('pass')
    expect(immersiveCheck(false).status).toBe('fail')
    expect(immersiveCheck(null).detail).toMatch(/no WebXR/)
  })

  it('fail a plain-HTTP address on the network and pass HTTPS', () => {
    expect(secureCheck(false, { protocol: 'http:', hostname: '192.168.1.20' })).toMatchObject({ status: 'fail' })
    expect(secureCheck(true, { protocol: 'https:', hostname: '192.168.1.20' }).status).toBe('pass')
    expect(secureCheck(true, { protocol: 'http:', hostname: 'localhost' }).detail).toMatch(/https:\/\//)
  })

  it('compare bytes stored with bytes needed', () => {
    expect(offlineCheck({ kind: 'summary', summary: { ...summary, complete: true } })).toEqual({
      id: 'offline',
      status: 'pass',
      detail: 'Complete: 2.5 MB stored of 2.5 MB needed (3 files).',
    })
    const missing = offlineCheck({
      kind: 'summary',
      summary: { ...summary, filesMissing: 1, bytesStored: 1_000_000, unknownSizes: 1, complete: false },
    })
    expect(missing.status).toBe('fail')
    expect(missing.detail).toMatch(/1\.0 MB stored of 2\.5 MB needed; 1 of 3 files missing, 1 of unknown size/)
    expect(offlineCheck({ kind: 'none', reason: 'no worker' }).status).toBe('fail')
  })

  it('want both controllers or both hands', () => {
    expect(inputsCheck(null).status).toBe('unavailable')
    expect(inputsCheck({ controllers: 0, hands: 0 }).status).toBe('fail')
    expect(inputsCheck({ controllers: 1, hands: 0 })).toMatchObject({ status: 'warn', detail: /1 controller seen/ })
    expect(inputsCheck({ controllers: 2, hands: 0 })).toMatchObject({ status: 'pass', detail: '2 controllers seen.' })
    expect(inputsCheck({ controllers: 0, hands: 2 }).status).toBe('pass')
  })

  it('grade the frame rate against the headset’s', () => {
    expect(frameRateCheck(null).status).toBe('unavailable')
    expect(frameRateCheck(72).status).toBe('pass')
    expect(frameRateCheck(50).status).toBe('warn')
    expect(frameRateCheck(20)).toMatchObject({ status: 'fail', detail: /20 frames a second/ })
  })

  it('grade the presence round trip, and say when there is no server or no connection', () => {
    expect(presenceCheck(null)).toMatchObject({ status: 'unavailable', detail: /Measuring/ })
    expect(presenceCheck('static')).toMatchObject({ status: 'unavailable', detail: /No hall server/ })
    expect(presenceCheck({ kind: 'measured', rttMs: 12.4 })).toMatchObject({
      status: 'pass',
      detail: /Round trip 12 ms/,
    })
    expect(presenceCheck({ kind: 'measured', rttMs: 180 }).status).toBe('warn')
    expect(presenceCheck({ kind: 'measured', rttMs: 900 }).status).toBe('fail')
    expect(presenceCheck({ kind: 'failed', reason: 'timeout' })).toMatchObject({ status: 'fail', detail: /timeout/ })
  })
})
