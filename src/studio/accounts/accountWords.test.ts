import { describe, expect, it } from 'vitest'
import type { AccountSummary } from '../api/client'
import { isOnlyAdmin, passwordLinkUrl, passwordTokenIn, statusText } from './accountWords'

const account = (change: Partial<AccountSummary>): AccountSummary => ({
  id: 1,
  email: 'a@hall.test',
  name: 'A',
  role: 'curator',
  disabled: false,
  hasPassword: true,
  linkExpiresAt: null,
  ...change,
})
const now = new Date('2026-12-02T10:00:00Z')

describe('account words', () => {
  it('say whether an account can sign in, and what to do when it cannot', () => {
    expect(statusText(account({}), now)).toBe('Can sign in')
    expect(statusText(account({ disabled: true }), now)).toBe('Disabled: cannot sign in')
    expect(statusText(account({ hasPassword: false, linkExpiresAt: '2026-12-05T10:00:00Z' }), now, 'en-GB')).toMatch(
      /^Has not chosen a password yet \(the link works until 5 Dec 2026/,
    )
    expect(statusText(account({ hasPassword: false, linkExpiresAt: '2026-12-01T10:00:00Z' }), now)).toMatch(
      /link has expired: make a new one/,
    )
    expect(statusText(account({ hasPassword: false }), now)).toMatch(/link has expired/)
  })

  it('find the only admin who can sign in; a disabled admin does not count', () => {
    const first = account({ id: 1, role: 'admin' })
    const second = account({ id: 2, role: 'admin', disabled: true })
    const curator = account({ id: 3 })
    expect(isOnlyAdmin(first, [first, second, curator])).toBe(true)
    expect(isOnlyAdmin(curator, [first, second, curator])).toBe(false)
    expect(isOnlyAdmin(first, [first, { ...second, disabled: false }, curator])).toBe(false)
  })

  it('put the token after # and read back only a well-formed one', () => {
    const url = passwordLinkUrl('https://hall.example', '/studio/', 'abc_DEF-123')
    expect(url).toBe('https://hall.example/studio/#password=abc_DEF-123')
    expect(passwordTokenIn(new URL(url).hash)).toBe('abc_DEF-123')
    expect(passwordTokenIn('#password=<script>')).toBeNull()
    expect(passwordTokenIn('#setup=abc')).toBeNull()
  })
})
