import { type FormEvent, useState } from 'react'
import { ApiError, type StudioClient, type User } from '../api/client'
import { ROLE_WORDS } from './accountWords'
import { FieldProblems } from './FieldProblems'

/** Every user's own account: who they are, a new password, and signing out of every browser at once. */
export function MyAccount({ client, user, onSignOut }: { client: StudioClient; user: User; onSignOut: () => void }) {
  const [error, setError] = useState<ApiError | null>(null)
  const [done, setDone] = useState('')
  const changePassword = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formElement = event.currentTarget
    const form = new FormData(formElement)
    const next = String(form.get('newPassword'))
    setDone('')
    if (next !== String(form.get('again'))) {
      setError(new ApiError(0, 'The two new passwords are not the same. Type the same new password twice.'))
      return
    }
    try {
      await client.changePassword(String(form.get('currentPassword')), next)
      setError(null)
      formElement.reset()
      setDone('Your password is changed. Any other browser signed in as you has been signed out.')
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'The studio could not reach the server.'))
    }
  }
  const signOutEverywhere = async () => {
    try {
      await client.signOutEverywhere()
      onSignOut()
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'The studio could not reach the server.'))
    }
  }
  const role = ROLE_WORDS[user.role]
  return (
    <section className="account-section" aria-labelledby="my-account">
      <h3 id="my-account">Your account</h3>
      <p>
        You are signed in as <strong>{user.name}</strong> ({user.email}), with the role {role.name.toLowerCase()}: you{' '}
        {role.may}.
      </p>
      <form className="account-form" onSubmit={changePassword} aria-label="Change my password">
        <label>
          Current password
          <input name="currentPassword" type="password" autoComplete="current-password" required />
        </label>
        <label>
          New password (at least 12 characters)
          <input name="newPassword" type="password" autoComplete="new-password" required minLength={12} />
        </label>
        <label>
          The new password again
          <input name="again" type="password" autoComplete="new-password" required minLength={12} />
        </label>
        <button type="submit">Change my password</button>
      </form>
      {error && (
        <FieldProblems error={error} labels={{ currentPassword: 'Current password', newPassword: 'New password' }} />
      )}
      <p role="status">{done}</p>
      <p className="studio-note">
        Signed in on a computer that is not yours, or lost a laptop? This ends your sign-in in every browser, this one
        too.
      </p>
      <button type="button" onClick={signOutEverywhere}>
        Sign out on every device
      </button>
    </section>
  )
}
