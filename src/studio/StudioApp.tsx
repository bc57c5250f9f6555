import { useEffect, useState } from 'react'
import { passwordTokenIn } from './accounts/accountWords'
import { ChoosePasswordForm } from './accounts/ChoosePasswordForm'
import { ApiError, type DraftState, StudioClient, type User } from './api/client'
import { EventConsole } from './console/EventConsole'
import { SetupForm } from './SetupForm'
import { SignIn } from './SignIn'
import { Workspace } from './Workspace'

type State =
  | { kind: 'loading' }
  | { kind: 'signedOut'; setupRequired: boolean }
  | { kind: 'choosePassword'; token: string }
  | { kind: 'ready'; user: User; draft: DraftState }
  | { kind: 'failed'; message: string }

/** The curator studio: signs in, then loads the draft to edit. */
export function StudioApp() {
  const [client] = useState(() => new StudioClient())
  const [state, setState] = useState<State>({ kind: 'loading' })
  // `#event` opens the event console instead of the editor (a link staff can bookmark on the event laptop).
  const [consoleOpen, setConsoleOpen] = useState(() => window.location.hash === '#event')
  useEffect(() => {
    const follow = () => setConsoleOpen(window.location.hash === '#event')
    window.addEventListener('hashchange', follow)
    return () => window.removeEventListener('hashchange', follow)
  }, [])

  const open = async (user: User) => {
    try {
      setState({ kind: 'ready', user, draft: await client.draft() })
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof ApiError ? error.message : String(error) })
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on opening the studio
  useEffect(() => {
    // A one-time password link wins over any session this browser has: it is for the account it was made for.
    const token = passwordTokenIn(window.location.hash)
    if (token) return setState({ kind: 'choosePassword', token })
    client
      .session()
      .then((session) =>
        session.user ? open(session.user) : setState({ kind: 'signedOut', setupRequired: session.setupRequired }),
      )
      .catch((error: unknown) => setState({ kind: 'failed', message: String(error) }))
  }, [])

  switch (state.kind) {
    case 'loading':
      return <p className="studio-note">Loading the studio…</p>
    case 'failed':
      return (
        <p role="alert" className="studio-error">
          The studio could not start: {state.message}
        </p>
      )
    case 'signedOut': {
      const token = /^#setup=(.+)$/.exec(window.location.hash)?.[1]
      if (token && state.setupRequired) return <SetupForm client={client} token={token} onDone={open} />
      return <SignIn client={client} setupRequired={state.setupRequired} onSignedIn={open} />
    }
    case 'choosePassword':
      return <ChoosePasswordForm client={client} token={state.token} onDone={open} />
    case 'ready':
      if (consoleOpen) return <EventConsole client={client} onBack={() => window.location.assign('#')} />
      return (
        <Workspace
          client={client}
          user={state.user}
          initial={state.draft}
          onSignOut={() => client.signOut().then(() => setState({ kind: 'signedOut', setupRequired: false }))}
        />
      )
  }
}
