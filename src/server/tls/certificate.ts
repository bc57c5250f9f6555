import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generate } from 'selfsigned'

export interface TlsFiles {
  key: string
  cert: string
  /** Where the pair came from, for the start-up message. */
  origin: 'supplied' | 'generated' | 'kept'
}

/**
 * The certificate HTTPS mode serves with: the one supplied, else a self-signed one made on first use and kept in
 * the data directory (so a headset that accepted it once keeps trusting it). It names localhost and every address
 * the laptop has, since headsets join by IP address at events.
 */
export async function certificateFor(
  dataDir: string,
  addresses: readonly string[],
  supplied?: { keyFile: string; certFile: string },
): Promise<TlsFiles> {
  if (supplied) {
    return {
      key: readFileSync(supplied.keyFile, 'utf8'),
      cert: readFileSync(supplied.certFile, 'utf8'),
      origin: 'supplied',
    }
  }
  const folder = join(dataDir, 'tls')
  const keyFile = join(folder, 'key.pem')
  const certFile = join(folder, 'cert.pem')
  if (existsSync(keyFile) && existsSync(certFile)) {
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8'), origin: 'kept' }
  }
  const pems = await generate([{ name: 'commonName', value: 'Metaverse Hall' }], {
    keySize: 2048,
    // 825 days: the longest validity Apple platforms accept for a server certificate.
    notAfterDate: new Date(Date.now() + 825 * 24 * 3600 * 1000),
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          ...addresses.map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  })
  mkdirSync(folder, { recursive: true })
  writeFileSync(keyFile, pems.private, { mode: 0o600 })
  writeFileSync(certFile, pems.cert)
  return { key: pems.private, cert: pems.cert, origin: 'generated' }
}
