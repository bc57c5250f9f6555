import { useState } from 'react'
import type { AccountSummary, User } from '../api/client'
import { ROLE_WORDS, statusText } from './accountWords'

export type PersonAction =
  | { kind: 'role'; role: User['role'] }
  | { kind: 'disable' }
  | { kind: 'enable' }
  | { kind: 'reset' }
  | { kind: 'remove' }

/** The two actions that cannot be undone from this row ask first, in words, right where they were pressed. */
const CONFIRM = {
  reset: (name: string) =>
    `Make a new password link for ${name}? Their current password stops working now, and they are signed out everywhere.`,
  remove: (name: string) => `Remove ${name} for good? What they saved stays in the history.`,
} as const

/** One account in the admins' list, with what an admin can do to it. */
export function PersonRow({
  account,
  me,
  onlyAdmin,
  onAction,
}: {
  account: AccountSummary
  me: User
  onlyAdmin: boolean
  onAction: (account: AccountSummary, action: PersonAction) => void
}) {
  const [asking, setAsking] = useState<'reset' | 'remove' | null>(null)
  const self = account.id === me.id
  const confirm = (kind: 'reset' | 'remove') => {
    setAsking(null)
    onAction(account, { kind })
  }
  return (
    <tr className={account.disabled ? 'account-disabled' : undefined}>
      <th scope="row">
        {account.name}
        {self && ' (you)'}
        {onlyAdmin && <span className="account-tag">only admin</span>}
      </th>
      <td>{account.email}</td>
      <td>
        <select
          aria-label={`Role of ${account.name}`}
          value={account.role}
          onChange={(event) => onAction(account, { kind: 'role', role: event.target.value as User['role'] })}
        >
          <option value="curator">{ROLE_WORDS.curator.name}</option>
          <option value="admin">{ROLE_WORDS.admin.name}</option>
        </select>
      </td>
      <td>{statusText(account, new Date())}</td>
      <td>
        <div className="account-actions">
          {asking ? (
            <fieldset className="account-confirm">
              <legend>{CONFIRM[asking](account.name)}</legend>
              <button type="button" onClick={() => confirm(asking)}>
                {asking === 'reset' ? 'Make the link' : 'Remove'}
              </button>{' '}
              <button type="button" onClick={() => setAsking(null)}>
                Cancel
              </button>
            </fieldset>
          ) : (
            <>
              {!self && (
                <button
                  type="button"
                  onClick={() => setAsking('reset')}
                  aria-label={`New password link for ${account.name}`}
                >
                  New password link
                </button>
              )}
              <button
                type="button"
                onClick={() => onAction(account, { kind: account.disabled ? 'enable' : 'disable' })}
                aria-label={`${account.disabled ? 'Enable' : 'Disable'} ${account.name}`}
              >
                {account.disabled ? 'Enable' : 'Disable'}
              </button>
              <button type="button" onClick={() => setAsking('remove')} aria-label={`Remove ${account.name}`}>
                Remove…
              </button>
            </>
          )}
        </div>
      </td>
    </tr>
  )
}
