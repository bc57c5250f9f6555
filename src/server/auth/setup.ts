import type { Hall } from '../hall'
import { hashPassword } from './password'
import { hashToken, newToken } from './tokens'

const SETUP_TOKEN_KEY = 'setup_token_hash'

export type SetupState =
  | { kind: 'ready' }
  | { kind: 'created-from-environment'; email: string }
  | { kind: 'token'; token: string }

/**
 * There is no default password. While no account exists, each start either creates the first admin from
 * ADMIN_EMAIL and ADMIN_PASSWORD, or issues a fresh one-time setup token (replacing any earlier one) to print.
 */
export async function prepareFirstAdmin(hall: Hall, env: NodeJS.ProcessEnv): Promise<SetupState> {
  if (hall.users.count() > 0) {
    hall.settings.delete(SETUP_TOKEN_KEY)
    return { kind: 'ready' }
  }
  const email = env.ADMIN_EMAIL?.trim()
  const password = env.ADMIN_PASSWORD
  if (email && password) {
    const problem = passwordProblem(password)
    if (problem) throw new Error(`ADMIN_PASSWORD ${problem}`)
    const passwordHash = await hashPassword(password, hall.scrypt)
    hall.users.create({ email, name: env.ADMIN_NAME?.trim() || email, role: 'admin', passwordHash })
    return { kind: 'created-from-environment', email }
  }
  const token = newToken()
  hall.settings.set(SETUP_TOKEN_KEY, hashToken(token))
  return { kind: 'token', token }
}

export function setupPending(hall: Hall): boolean {
  return hall.users.count() === 0 && hall.settings.get(SETUP_TOKEN_KEY) !== undefined
}

/** True once for the right token: using it deletes it, so a copied link is useless after setup. */
export function consumeSetupToken(hall: Hall, token: string): boolean {
  return hall.db.transaction(() => {
    const stored = hall.settings.get(SETUP_TOKEN_KEY)
    if (!stored || stored !== hashToken(token) || hall.users.count() > 0) return false
    hall.settings.delete(SETUP_TOKEN_KEY)
    return true
  })()
}

/** Length is what makes a password strong; a passphrase of ordinary words is welcome. */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < 12) return 'must be at least 12 characters long'
  if (password.length > 256) return 'must be at most 256 characters long'
  return undefined
}
