import { useEffect, useState } from 'react'
import { ApiError, type DraftState, StudioClient, type User } from './api/client'
import { SetupForm } from './SetupForm'
import { SignIn } from './SignIn'
import { Workspace } from './Workspace'

type State =
  | { kind: 'loading' }
  | { kind: 'signedOut'; setupRequired: boolean }
  | { kind: 'ready'; user: User; draft: DraftState }
  | { kind: 'failed'; message: string }

/** The curator studio: signs in, then loads the draft to edit. */
export function StudioApp() {
  const [client] = useState(() => new StudioClient())
  const [state, setState] = useState<State>({ kind: 'loading' })

  const open = async (user: User) => {
    try {
      setState({ kind: 'ready', user, draft: await client.draft() })
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof ApiError ? error.message : String(error) })
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, on opening the studio
  useEffect(() => {
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
    case 'ready':
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
