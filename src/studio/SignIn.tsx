import { type FormEvent, useState } from 'react'
import { ApiError, type StudioClient, type User } from './api/client'

/** E-mail and password; a refusal (wrong password, too many attempts) is said in words, next to the form. */
export function SignIn({
  client,
  onSignedIn,
  setupRequired,
}: {
  client: StudioClient
  onSignedIn: (user: User) => void
  setupRequired: boolean
}) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    try {
      onSignedIn(await client.signIn(String(form.get('email')), String(form.get('password'))))
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The studio could not reach the server.')
    } finally {
      setBusy(false)
    }
  }
  return (
    <main className="studio-signin">
      <h1>Metaverse Hall · Studio</h1>
      {setupRequired && (
        <p className="studio-note">
          No curator account exists yet. Open the one-time setup link the server printed when it started, to choose the
          first password.
        </p>
      )}
      <form onSubmit={submit} aria-describedby={error ? 'signin-error' : undefined}>
        <label>
          E-mail
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" disabled={busy}>
          Sign in
        </button>
        {error && (
          <p id="signin-error" role="alert" className="studio-error">
            {error}
          </p>
        )}
      </form>
    </main>
  )
}
