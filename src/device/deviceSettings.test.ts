import { describe, expect, it } from 'vitest'
import { cleanDeviceName, kioskFromQuery } from './deviceSettings'

describe('device settings', () => {
  it('turn kiosk mode on and off by flag, and keep it without one', () => {
    expect(kioskFromQuery('?kiosk=1')).toEqual({ kiosk: true })
    expect(kioskFromQuery('?kiosk=1&lang=en')).toEqual({ kiosk: true, kioskLanguage: 'en' })
    expect(kioskFromQuery('?kiosk=0&lang=en')).toEqual({ kiosk: false })
    expect(kioskFromQuery('?lang=en')).toEqual({})
    expect(kioskFromQuery('?kiosk=yes')).toEqual({})
  })

  it('keep a device name short and on one line', () => {
    expect(cleanDeviceName('  Headset \n  3 ')).toBe('Headset 3')
    expect(cleanDeviceName('x'.repeat(100))).toHaveLength(40)
  })
})
