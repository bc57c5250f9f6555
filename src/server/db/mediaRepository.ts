import type { MediaRecord } from '../../content/studioApi'
import type { Db } from './connection'

// The API's contract lives in content, shared with the studio.
export type { MediaRecord }

interface MediaRow {
  id: string
  kind: 'image' | 'model' | 'audio'
  src: string
  original_name: string
  bytes: number
  width: number | null
  height: number | null
  seconds: number | null
  created_at: string
}

const recordOf = (row: MediaRow): MediaRecord => ({
  id: row.id,
  kind: row.kind,
  src: row.src,
  originalName: row.original_name,
  bytes: row.bytes,
  width: row.width,
  height: row.height,
  seconds: row.seconds,
  createdAt: row.created_at,
})

/** Uploaded files: the studio's media library. The files themselves live in the data directory's media folder. */
export class MediaRepository {
  constructor(private readonly db: Db) {}

  add(record: MediaRecord, uploadedBy: number): void {
    this.db
      .prepare(
        `INSERT INTO media (id, kind, src, original_name, bytes, width, height, seconds, uploaded_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        record.id,
        record.kind,
        record.src,
        record.originalName,
        record.bytes,
        record.width,
        record.height,
        record.seconds ?? null,
        uploadedBy,
        record.createdAt,
      )
  }

  list(): MediaRecord[] {
    return (this.db.prepare('SELECT * FROM media ORDER BY created_at DESC').all() as MediaRow[]).map(recordOf)
  }
}
