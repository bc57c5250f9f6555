import { useState } from 'react'
import type { StudioClient, User } from '../api/client'
import { AccountsScreen } from './AccountsScreen'
import { ROLE_WORDS } from './accountWords'

/** The signed-in person in the studio's bar: their account screen (everyone's people, for admins) and signing out. */
export function AccountMenu({ client, user, onSignOut }: { client: StudioClient; user: User; onSignOut: () => void }) {
  const [open, setOpen] = useState(false)
  return (
    <span className="studio-user">
      {user.name} ({ROLE_WORDS[user.role].name.toLowerCase()}){' '}
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {user.role === 'admin' ? 'Accounts' : 'My account'}
      </button>{' '}
      <button type="button" onClick={onSignOut}>
        Sign out
      </button>
      {open && <AccountsScreen client={client} user={user} onClose={() => setOpen(false)} onSignOut={onSignOut} />}
    </span>
  )
}
