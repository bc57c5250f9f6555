import type { User } from '../db/userRepository'

export interface ActiveSession {
  tokenHash: string
  csrfToken: string
}

/** What the session middleware tells the routes about the request. */
export interface HallEnv {
  Variables: {
    user: User | undefined
    session: ActiveSession | undefined
  }
}
