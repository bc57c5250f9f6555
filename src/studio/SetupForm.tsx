import { type FormEvent, useState } from 'react'
import { ApiError, type StudioClient, type User } from './api/client'

/** The first admin account, from the one-time link the server printed (`/studio/#setup=TOKEN`). */
export function SetupForm({
  client,
  token,
  onDone,
}: {
  client: StudioClient
  token: string
  onDone: (user: User) => void
}) {
  const [error, setError] = useState<ApiError | null>(null)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    try {
      const user = await client.setup(
        token,
        String(form.get('email')),
        String(form.get('name')),
        String(form.get('password')),
      )
      // The token is spent: keep it out of the address bar and the history.
      window.history.replaceState(null, '', window.location.pathname)
      onDone(user)
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, String(caught)))
    }
  }
  return (
    <main className="studio-signin">
      <h1>Create the first admin account</h1>
      <p className="studio-note">This link works once. Choose a long password: there is no default one.</p>
      <form onSubmit={submit}>
        <label>
          Name
          <input name="name" autoComplete="name" required />
        </label>
        <label>
          E-mail
          <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="new-password" required minLength={12} />
        </label>
        <button type="submit">Create account</button>
        {error && (
          <div role="alert" className="studio-error">
            <p>{error.message}</p>
            <ul>
              {error.problems.map((problem) => (
                <li key={problem.path}>
                  {problem.path}: {problem.message}
                </li>
              ))}
            </ul>
          </div>
        )}
      </form>
    </main>
  )
}
