import { z } from 'zod'
import { exhibitionSchema, exhibitSchema } from './schema'

/**
 * The studio API's contract (src/server/API.md), in one place both sides import: the server types what it sends
 * from these schemas, and the studio checks every answer against them at its boundary. Envelopes are plain
 * (not strict) objects, so a server that adds a field does not break an older studio.
 */

export const REVISION_KINDS = ['seed', 'save', 'publish', 'restore'] as const
export type RevisionKind = (typeof REVISION_KINDS)[number]

/** Who saved an exhibit last, and the counter a stale save is caught by. */
export const exhibitVersionSchema = z.object({
  version: z.number().int().nonnegative(),
  updatedBy: z.string(),
  updatedAt: z.string(),
})
export type ExhibitVersion = z.infer<typeof exhibitVersionSchema>

/** `RevisionSummary`: one save, publish or restore in the history. */
export const revisionSummarySchema = z.object({
  id: z.number().int(),
  kind: z.enum(REVISION_KINDS),
  /** The author's name (their e-mail for revisions written before names were recorded). */
  author: z.string(),
  createdAt: z.string(),
  /** What the revision changed, in a line (`Changed “Welcome” (title); layout: walls`). */
  summary: z.string(),
  restoredFrom: z.number().int().nullable(),
})
export type RevisionSummary = z.infer<typeof revisionSummarySchema>

/** `DraftState`: the document curators edit, with the versions saves name. */
export const draftStateSchema = z.object({
  document: exhibitionSchema,
  /** Bumped by every change to the draft; a whole-document save names the one it started from. */
  version: z.number().int().nonnegative(),
  /** The revision that holds this draft. */
  revisionId: z.number().int(),
  exhibitVersions: z.record(z.string(), exhibitVersionSchema),
  /** The revision that holds this draft: who made it and what it changed (for "the draft changed" notices). */
  revision: revisionSummarySchema.optional(),
})
export type DraftState = z.infer<typeof draftStateSchema>

/** `GET /api/revisions`. */
export const revisionListSchema = z.object({
  revisions: z.array(revisionSummarySchema),
  publishedRevisionId: z.number().int(),
})

/** `POST /api/publish`. */
export const publishAnswerSchema = z.object({ revision: revisionSummarySchema })

const namedExhibitSchema = z.object({ id: z.string(), title: z.string() })

/** What visitors would see change between two documents (see ./documentChanges.ts). */
export const documentChangesSchema = z.object({
  added: z.array(namedExhibitSchema),
  removed: z.array(namedExhibitSchema),
  changed: z.array(namedExhibitSchema.extend({ fields: z.array(z.string()) })),
  layout: z.array(z.string()),
  other: z.array(z.string()),
})

/** `GET /api/publish`: what publishing the draft would change for visitors; publish then names `draftVersion`. */
export const publishPreviewSchema = z.object({
  draftVersion: z.number().int().nonnegative(),
  publishedRevisionId: z.number().int(),
  changes: documentChangesSchema,
})
export type PublishPreview = z.infer<typeof publishPreviewSchema>

/** `MediaRecord`: one uploaded file in the media library. */
export const mediaRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(['image', 'model', 'audio']),
  /** The path exhibits use, `media/<id>.webp|glb|ogg|mp3|m4a|wav`. */
  src: z.string(),
  originalName: z.string(),
  bytes: z.number().int().nonnegative(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** A narration recording's length, read from its container. */
  seconds: z.number().nullable().optional(),
  createdAt: z.string(),
})
export type MediaRecord = z.infer<typeof mediaRecordSchema>

/** `POST /api/media`: the stored file and its thumbnail's path, if it has one. */
export const uploadAnswerSchema = z.object({ media: mediaRecordSchema, thumbnail: z.string().nullable() })

/**
 * One field both sides of a merge changed (./merge.ts): its path (keys, exhibit and zone ids, indexes) and the three
 * values; a side without a value removed the field.
 */
export const fieldConflictSchema = z.object({
  path: z.array(z.union([z.string(), z.number().int().nonnegative()])),
  base: z.unknown().optional(),
  ours: z.unknown().optional(),
  theirs: z.unknown().optional(),
})

/** Both sides of a refused stale save, so the studio can show them next to each other. */
export const conflictSchema = z.discriminatedUnion('scope', [
  /** A merged save (`baseRevision`) where both sides changed the same fields: only those are listed. */
  z.object({
    scope: z.literal('fields'),
    baseRevision: z.number().int(),
    theirs: z.object({ revisionId: z.number().int(), version: z.number().int(), savedBy: z.string() }),
    fields: z.array(fieldConflictSchema).min(1),
  }),
  z.object({
    scope: z.literal('exhibit'),
    exhibitId: z.string(),
    yours: z.object({ baseVersion: z.number().int(), exhibit: exhibitSchema.nullable() }),
    theirs: z.object({
      version: z.number().int(),
      savedBy: z.string(),
      savedAt: z.string(),
      exhibit: exhibitSchema.nullable(),
    }),
  }),
  z.object({
    scope: z.literal('document'),
    yours: z.object({ baseVersion: z.number().int(), document: exhibitionSchema.nullable() }),
    theirs: z.object({ version: z.number().int(), document: exhibitionSchema }),
  }),
])
export type Conflict = z.infer<typeof conflictSchema>

/**
 * A 409: the change started from a version that is no longer current. A stale edit carries both sides; a stale
 * publish, the draft version to review instead.
 */
export type StaleBody = { error: string; conflict: Conflict } | { error: string; draftVersion: number }

/** Every refusal: a sentence for the curator, the fields at fault, and for a stale change (409) what moved on. */
export const refusalSchema = z.object({
  error: z.string(),
  problems: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  conflict: conflictSchema.optional(),
  draftVersion: z.number().int().optional(),
})
export type Refusal = z.infer<typeof refusalSchema>

export const ROLES = ['curator', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** An account as the API shows it. */
export const userSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  /** A disabled account cannot sign in; an admin can enable it again. */
  disabled: z.boolean(),
})
export type ApiUser = z.infer<typeof userSchema>

/** An account in the admins' list: whether its owner has chosen a password, and until when its link works. */
export const accountSummarySchema = userSchema.extend({
  hasPassword: z.boolean(),
  linkExpiresAt: z.string().nullable(),
})
export type AccountSummary = z.infer<typeof accountSummarySchema>

/** A one-time link to choose a password (`/studio/#password=<token>`), for a new account or a reset. */
export const passwordLinkSchema = z.object({ token: z.string(), expiresAt: z.string() })
export type PasswordLinkInfo = z.infer<typeof passwordLinkSchema>

/** `GET /api/users`. */
export const accountListSchema = z.object({ users: z.array(accountSummarySchema) })
/** `POST /api/users`, `PATCH /api/users/:id`, `POST /api/users/:id/password-link`: the account, and its link if one was made. */
export const accountAnswerSchema = z.object({
  user: accountSummarySchema,
  link: passwordLinkSchema.nullable().optional(),
})

/** `GET /api/session`. */
export const sessionInfoSchema = z.object({
  user: userSchema.nullable(),
  csrfToken: z.string().nullable(),
  setupRequired: z.boolean(),
})
export type SessionInfo = z.infer<typeof sessionInfoSchema>

/** Sign-in and setup: the account, and the token every change must carry. */
export const signedInSchema = z.object({ user: userSchema, csrfToken: z.string() })
