import { type FormEvent, useState } from 'react'
import { ApiError, type StudioClient, type User } from '../api/client'
import { FieldProblems } from './FieldProblems'

/** The page a one-time link opens (`/studio/#password=TOKEN`): its owner chooses a password and is signed in. */
export function ChoosePasswordForm({
  client,
  token,
  onDone,
}: {
  client: StudioClient
  token: string
  onDone: (user: User) => void
}) {
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const password = String(form.get('password'))
    if (password !== String(form.get('again'))) {
      setError(new ApiError(0, 'The two passwords are not the same. Type the same password twice.'))
      return
    }
    setBusy(true)
    try {
      const user = await client.choosePassword(token, password)
      // The link is spent: keep it out of the address bar and the history.
      window.history.replaceState(null, '', window.location.pathname)
      onDone(user)
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'The studio could not reach the server.'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <main className="studio-signin">
      <h1>Choose your password</h1>
      <p className="studio-note">
        An admin made this link for you, and it works once. Choose a password of at least 12 characters: a few ordinary
        words in a row make a good one. Afterwards you sign in with your e-mail address and this password.
      </p>
      <form onSubmit={submit}>
        <label>
          New password
          <input name="password" type="password" autoComplete="new-password" required minLength={12} />
        </label>
        <label>
          The same password again
          <input name="again" type="password" autoComplete="new-password" required minLength={12} />
        </label>
        <button type="submit" disabled={busy}>
          Save my password and sign in
        </button>
        {error && <FieldProblems error={error} labels={{ password: 'Password' }} />}
      </form>
    </main>
  )
}
