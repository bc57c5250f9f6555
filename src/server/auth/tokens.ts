import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 256 random bits, URL-safe: session cookies, CSRF tokens and the setup token. */
export const newToken = () => randomBytes(32).toString('base64url')

/** Tokens are stored hashed: reading the database does not hand out working sessions or setup links. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}
