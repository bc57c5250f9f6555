import { useCallback, useEffect, useState } from 'react'
import { type AccountSummary, ApiError, type PasswordLinkInfo, type StudioClient, type User } from '../api/client'
import { AddPersonForm } from './AddPersonForm'
import { isOnlyAdmin, ROLE_WORDS } from './accountWords'
import { PasswordLinkNotice } from './PasswordLinkNotice'
import { type PersonAction, PersonRow } from './PersonRow'

type Notice = { kind: 'done'; text: string } | { kind: 'refused'; text: string } | null

/** Admins only: everyone who can edit, what each may do, and adding, resetting, disabling and removing people. */
export function PeopleList({ client, me, onSignOut }: { client: StudioClient; me: User; onSignOut: () => void }) {
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null)
  const [notice, setNotice] = useState<Notice>(null)
  const [link, setLink] = useState<{ account: AccountSummary; link: PasswordLinkInfo } | null>(null)

  const reload = useCallback(async () => {
    try {
      setAccounts(await client.accounts())
    } catch (caught) {
      setNotice({ kind: 'refused', text: caught instanceof ApiError ? caught.message : String(caught) })
    }
  }, [client])
  useEffect(() => {
    void reload()
  }, [reload])

  const act = async (account: AccountSummary, action: PersonAction) => {
    setNotice(null)
    try {
      if (action.kind === 'role') {
        await client.updateAccount(account.id, { role: action.role })
        // One's own role change ends one's own sessions: sign in again to carry on in the new role.
        if (account.id === me.id) return onSignOut()
        setNotice({ kind: 'done', text: `${account.name} is now a ${ROLE_WORDS[action.role].name.toLowerCase()}.` })
      } else if (action.kind === 'disable' || action.kind === 'enable') {
        await client.updateAccount(account.id, { disabled: action.kind === 'disable' })
        setNotice({
          kind: 'done',
          text:
            action.kind === 'disable'
              ? `${account.name} is disabled and was signed out everywhere.`
              : `${account.name} can sign in again.`,
        })
      } else if (action.kind === 'reset') {
        const answer = await client.resetPassword(account.id)
        if (answer.link) setLink({ account: answer.user, link: answer.link })
      } else {
        await client.removeAccount(account.id)
        setNotice({ kind: 'done', text: `${account.name} was removed.` })
      }
    } catch (caught) {
      setNotice({ kind: 'refused', text: caught instanceof ApiError ? caught.message : String(caught) })
    }
    await reload()
  }

  return (
    <section className="account-section" aria-labelledby="people">
      <h3 id="people">People who can edit</h3>
      <p className="studio-note">
        A curator {ROLE_WORDS.curator.may}; an admin {ROLE_WORDS.admin.may}. There is always at least one admin. New
        people choose their own password through a link that you send them.
      </p>
      {link && <PasswordLinkNotice account={link.account} link={link.link} onDismiss={() => setLink(null)} />}
      {notice?.kind === 'refused' && (
        <p role="alert" className="studio-error">
          {notice.text}
        </p>
      )}
      {notice?.kind === 'done' && <p role="status">{notice.text}</p>}
      {accounts === null ? (
        <p className="studio-note">Loading the accounts…</p>
      ) : (
        <table className="account-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Sign-in</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <PersonRow
                key={account.id}
                account={account}
                me={me}
                onlyAdmin={isOnlyAdmin(account, accounts)}
                onAction={act}
              />
            ))}
          </tbody>
        </table>
      )}
      <AddPersonForm
        client={client}
        onAdded={(account, made) => {
          setNotice(null)
          if (made) setLink({ account, link: made })
          void reload()
        }}
      />
    </section>
  )
}
