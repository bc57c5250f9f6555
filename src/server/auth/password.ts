import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto'

/** scrypt cost: N = 2^17, r = 8, p = 1 (128 MiB per hash), the OWASP minimum for scrypt. */
export const STRONG_SCRYPT = { cost: 2 ** 17, blockSize: 8, parallelization: 1 } as const

export interface ScryptParams {
  cost: number
  blockSize: number
  parallelization: number
}

const KEY_LENGTH = 64

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    N: params.cost,
    r: params.blockSize,
    p: params.parallelization,
    // Node refuses more than 32 MiB by default; allow what the parameters need plus headroom.
    maxmem: 256 * params.cost * params.blockSize * params.parallelization,
  }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

/**
 * `scrypt$N$r$p$salt$hash`: the parameters travel with the hash, so raising the cost later still verifies old ones.
 * The async scrypt runs on libuv's pool, so a sign-in does not stall visitors' requests.
 */
export async function hashPassword(password: string, params: ScryptParams = STRONG_SCRYPT): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, params)
  const { cost, blockSize, parallelization } = params
  return ['scrypt', cost, blockSize, parallelization, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64')
  const key = await derive(password, Buffer.from(salt, 'base64'), {
    cost: Number(n),
    blockSize: Number(r),
    parallelization: Number(p),
  })
  return key.length === expected.length && timingSafeEqual(key, expected)
}
