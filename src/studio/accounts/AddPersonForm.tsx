import { type FormEvent, useState } from 'react'
import { type AccountSummary, ApiError, type PasswordLinkInfo, type StudioClient } from '../api/client'
import { ROLE_WORDS } from './accountWords'
import { FieldProblems } from './FieldProblems'

/** An admin adds a curator or an admin; the new account chooses its own password through a one-time link. */
export function AddPersonForm({
  client,
  onAdded,
}: {
  client: StudioClient
  onAdded: (account: AccountSummary, link: PasswordLinkInfo | null) => void
}) {
  const [error, setError] = useState<ApiError | null>(null)
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formElement = event.currentTarget
    const form = new FormData(formElement)
    const role = form.get('role') === 'admin' ? 'admin' : 'curator'
    try {
      const answer = await client.addAccount({ name: String(form.get('name')), email: String(form.get('email')), role })
      setError(null)
      formElement.reset()
      onAdded(answer.user, answer.link ?? null)
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'The studio could not reach the server.'))
    }
  }
  return (
    <form className="account-form account-add" onSubmit={submit} aria-label="Add a person">
      <h3>Add a person</h3>
      <label>
        Name
        <input name="name" autoComplete="off" required maxLength={100} />
      </label>
      <label>
        E-mail
        <input name="email" type="email" autoComplete="off" required />
      </label>
      <label>
        Role
        <select name="role" defaultValue="curator">
          <option value="curator">{ROLE_WORDS.curator.name}</option>
          <option value="admin">{ROLE_WORDS.admin.name}</option>
        </select>
      </label>
      <button type="submit">Add and make a sign-in link</button>
      {error && <FieldProblems error={error} labels={{ name: 'Name', email: 'E-mail', role: 'Role' }} />}
    </form>
  )
}
