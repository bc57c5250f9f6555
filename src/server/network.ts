import { networkInterfaces } from 'node:os'

/** The machine's IPv4 addresses on its local networks: where headsets at an event can reach it. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && info.family === 'IPv4' && !info.internal)
    .map((info) => info?.address ?? '')
    .filter(Boolean)
}

/** The addresses a headset can open, one per local network address, in the scheme the server speaks. */
export function joinUrls(https: boolean, port: number, addresses = lanAddresses()): string[] {
  const scheme = https ? 'https' : 'http'
  return addresses.map((address) => `${scheme}://${address}:${port}/`)
}
