/** The visitor tests' server. */
export const PORT = Number(process.env.E2E_PORT ?? 4317)
/** The studio tests publish changes, so they get a server and a database of their own, one port up. */
export const STUDIO_PORT = PORT + 1
/** The admin the studio tests' server is started with; for tests only (the product has no default password). */
export const E2E_ADMIN = { email: 'curator-e2e@example.org', password: 'e2e only: correct horse battery staple' }
/** A plain static file server for the exported site, two ports up. */
export const STATIC_PORT = PORT + 2
