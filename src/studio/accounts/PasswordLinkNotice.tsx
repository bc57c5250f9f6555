import { useRef, useState } from 'react'
import type { AccountSummary, PasswordLinkInfo } from '../api/client'
import { passwordLinkUrl, whenText } from './accountWords'

/** A one-time link just made: whom to send it to, until when it works, and a way to copy it. */
export function PasswordLinkNotice({
  account,
  link,
  onDismiss,
}: {
  account: AccountSummary
  link: PasswordLinkInfo
  onDismiss: () => void
}) {
  const [copied, setCopied] = useState('')
  const field = useRef<HTMLInputElement>(null)
  const url = passwordLinkUrl(window.location.origin, window.location.pathname, link.token)
  const copy = async () => {
    field.current?.select()
    try {
      await navigator.clipboard.writeText(url)
      setCopied('Copied.')
    } catch {
      // The clipboard needs HTTPS or localhost; the selected text can still be copied by hand.
      setCopied('Press Ctrl+C (⌘C on a Mac) to copy the selected link.')
    }
  }
  return (
    <div className="account-link" role="status">
      <p>
        Send this link to <strong>{account.name}</strong>. It works once, until {whenText(link.expiresAt)}. With it they
        choose their own password, then sign in with <strong>{account.email}</strong>.
      </p>
      <div className="account-link-row">
        <input
          ref={field}
          readOnly
          value={url}
          aria-label={`One-time link for ${account.name}`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          Copy the link
        </button>
        <button type="button" onClick={onDismiss}>
          Done
        </button>
      </div>
      <p className="studio-note">{copied}</p>
    </div>
  )
}
