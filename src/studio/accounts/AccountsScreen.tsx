import { useEffect, useRef } from 'react'
import type { StudioClient, User } from '../api/client'
import { MyAccount } from './MyAccount'
import { PeopleList } from './PeopleList'
import './accounts.css'

/**
 * The accounts screen, over the workspace (which stays as it was, unsaved edits and all): one's own account for
 * everyone, and the people who can edit for admins. A modal dialog: Esc or Close returns to the exhibition.
 */
export function AccountsScreen({
  client,
  user,
  onClose,
  onSignOut,
}: {
  client: StudioClient
  user: User
  onClose: () => void
  onSignOut: () => void
}) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])
  return (
    <dialog ref={dialog} className="accounts" aria-labelledby="accounts-title" onClose={onClose}>
      <header className="accounts-head">
        <h2 id="accounts-title">{user.role === 'admin' ? 'Accounts' : 'My account'}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      {/* Managing people is what an admin comes here for; their own account follows. */}
      {user.role === 'admin' && <PeopleList client={client} me={user} onSignOut={onSignOut} />}
      <MyAccount client={client} user={user} onSignOut={onSignOut} />
    </dialog>
  )
}
