/**
 * Schema changes, in order. The database records how many it has applied (`PRAGMA user_version`), so a new step is
 * appended here and never edited once released: an existing data directory upgrades by running only the new ones.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: accounts, sign-in sessions, the draft, revisions, the published pointer, uploaded media.
  `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('curator', 'admin')),
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE INDEX sessions_user ON sessions(user_id);
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('seed', 'save', 'publish', 'restore')),
    author_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    summary TEXT NOT NULL,
    restored_from INTEGER REFERENCES revisions(id),
    document TEXT NOT NULL
  );
  -- One row each: the draft curators edit and the revision visitors see.
  CREATE TABLE draft (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL,
    version INTEGER NOT NULL,
    revision_id INTEGER NOT NULL REFERENCES revisions(id)
  );
  CREATE TABLE published (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    revision_id INTEGER NOT NULL REFERENCES revisions(id)
  );
  -- Per-exhibit counters for optimistic concurrency: a save names the version it started from.
  CREATE TABLE exhibit_versions (
    exhibit_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
  );
  CREATE TABLE media (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('image', 'model')),
    src TEXT NOT NULL UNIQUE,
    original_name TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    width INTEGER,
    height INTEGER,
    uploaded_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
  );
  `,
  // 2: accounts an admin can disable, and one-time links to choose a password (new accounts, resets).
  `
  ALTER TABLE users ADD COLUMN disabled_at TEXT;
  CREATE TABLE password_links (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE INDEX password_links_user ON password_links(user_id);
  `,
  // 3: narration recordings in the media library (kind 'audio', with their length).
  `
  CREATE TABLE media_v2 (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('image', 'model', 'audio')),
    src TEXT NOT NULL UNIQUE,
    original_name TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    width INTEGER,
    height INTEGER,
    seconds REAL,
    uploaded_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
  );
  INSERT INTO media_v2 (id, kind, src, original_name, bytes, width, height, uploaded_by, created_at)
    SELECT id, kind, src, original_name, bytes, width, height, uploaded_by, created_at FROM media;
  DROP TABLE media;
  ALTER TABLE media_v2 RENAME TO media;
  `,
]
