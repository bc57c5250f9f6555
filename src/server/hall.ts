import { join } from 'node:path'
import defaultExhibition from '../content/default-exhibition.json' with { type: 'json' }
import { describeProblems, parseExhibition } from '../content/parse'
import { type ScryptParams, STRONG_SCRYPT } from './auth/password'
import { RateLimiter } from './auth/rateLimiter'
import { type Db, openDatabase } from './db/connection'
import { ContentRepository } from './db/contentRepository'
import { MediaRepository } from './db/mediaRepository'
import { PasswordLinkRepository } from './db/passwordLinkRepository'
import { SessionRepository } from './db/sessionRepository'
import { SettingsRepository } from './db/settingsRepository'
import { UserRepository } from './db/userRepository'
import { PublishedFonts } from './fonts/publishedFonts'

export interface HallOptions {
  /** Holds the database, uploaded media and generated fonts; created on first run. */
  dataDir: string
  /** The built visitor app (vite build output). */
  distDir: string
  /** Cookies are marked Secure (and use the __Host- prefix) when the server speaks HTTPS. */
  secure?: boolean
  /** Lower only in tests: the strong default takes about half a second per hash. */
  scrypt?: ScryptParams
  now?: () => Date
}

/** Everything a request handler needs: the repositories over one database, and the server's settings. */
export interface Hall {
  db: Db
  dataDir: string
  distDir: string
  mediaDir: string
  secure: boolean
  scrypt: ScryptParams
  now: () => Date
  content: ContentRepository
  users: UserRepository
  sessions: SessionRepository
  /** One-time links to choose a password: new accounts and resets. */
  passwordLinks: PasswordLinkRepository
  settings: SettingsRepository
  media: MediaRepository
  fonts: PublishedFonts
  /** Failed sign-ins per address and per e-mail: 5 a minute. */
  signInLimiter: RateLimiter
}

/** Opens the data directory, seeding it with the default exhibition on first run. */
export function openHall(options: HallOptions): Hall {
  const now = options.now ?? (() => new Date())
  const db = openDatabase(options.dataDir)
  const content = new ContentRepository(db, now)
  if (content.isEmpty()) {
    const parsed = parseExhibition(defaultExhibition)
    if (!parsed.ok) throw new Error(`The default exhibition is invalid:\n${describeProblems(parsed.problems)}`)
    content.seed(parsed.exhibition)
  }
  return {
    db,
    dataDir: options.dataDir,
    distDir: options.distDir,
    mediaDir: join(options.dataDir, 'media'),
    secure: options.secure ?? false,
    scrypt: options.scrypt ?? STRONG_SCRYPT,
    now,
    content,
    users: new UserRepository(db, now),
    sessions: new SessionRepository(db),
    passwordLinks: new PasswordLinkRepository(db),
    settings: new SettingsRepository(db),
    media: new MediaRepository(db),
    fonts: new PublishedFonts(options.dataDir, options.distDir),
    signInLimiter: new RateLimiter(5, 60_000, () => now().getTime()),
  }
}
