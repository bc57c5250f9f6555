import type { Exhibit } from '../content/schema'
import type { Conflict } from './api/client'

function Side({ title, exhibit }: { title: string; exhibit: Exhibit | null }) {
  return (
    <section>
      <h3>{title}</h3>
      {exhibit ? (
        <dl>
          <dt>Title</dt>
          <dd>
            {exhibit.title.en} / <span lang="zh-CN">{exhibit.title.zh}</span>
          </dd>
          <dt>Summary</dt>
          <dd>{exhibit.summary.en}</dd>
          <dt>Place</dt>
          <dd>
            {exhibit.position.join(', ')} · {exhibit.rotation}°
          </dd>
        </dl>
      ) : (
        <p>Deleted.</p>
      )}
    </section>
  )
}

/**
 * Someone else saved the same exhibit first. Both versions side by side; the curator chooses, nothing is overwritten
 * without being asked.
 */
export function ConflictNotice({
  conflict,
  onKeepTheirs,
  onKeepMine,
}: {
  conflict: Conflict
  onKeepTheirs: () => void
  onKeepMine: () => void
}) {
  if (conflict.scope !== 'exhibit') {
    return (
      <div role="alert" className="conflict">
        <p>The draft changed on the server while you were editing. Reload it to see the other changes.</p>
        <button type="button" onClick={onKeepTheirs}>
          Reload the draft
        </button>
      </div>
    )
  }
  return (
    <div role="alert" className="conflict">
      <h2>
        {conflict.theirs.savedBy} saved “{conflict.exhibitId}” at {new Date(conflict.theirs.savedAt).toLocaleString()},
        after you started editing it.
      </h2>
      <div className="conflict-sides">
        <Side title="Your version" exhibit={conflict.yours.exhibit} />
        <Side title={`${conflict.theirs.savedBy}'s version (saved)`} exhibit={conflict.theirs.exhibit} />
      </div>
      <button type="button" onClick={onKeepTheirs}>
        Keep theirs (drop my unsaved edits)
      </button>
      <button type="button" onClick={onKeepMine}>
        Save mine over theirs
      </button>
    </div>
  )
}
