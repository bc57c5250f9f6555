import { type ChangeEvent, useId, useState } from 'react'
import type { Exhibit, Language } from '../../content/schema'
import { ApiError, type MediaRecord, type StudioClient } from '../api/client'
import { APP_ROOT } from '../appRoot'
import { TextField } from './TextField'
import { useRecorder } from './useRecorder'

const LANGUAGE_NAMES = { zh: '中文', en: 'English' } as const

type Pending =
  | { kind: 'none' }
  | { kind: 'uploading' }
  | { kind: 'refused'; message: string }
  /** Uploaded and checked, waiting for the curator to listen and keep it or discard it. */
  | { kind: 'checked'; media: MediaRecord }

interface NarrationFieldProps {
  client: StudioClient
  exhibit: Exhibit
  language: Language
  error?: string
  /** Sets (or, with '', removes) this language's recording. */
  onSet: (src: string) => void
}

/**
 * One language's narration recording: upload a file or record one with the microphone; either is checked by the
 * server first, then heard here, then kept or discarded. The path can also be typed (the server refuses one that
 * names no file).
 */
export function NarrationField({ client, exhibit, language, error, onSet }: NarrationFieldProps) {
  const id = useId()
  const name = LANGUAGE_NAMES[language]
  const [pending, setPending] = useState<Pending>({ kind: 'none' })
  const recorder = useRecorder(`${exhibit.id}-${language}`)
  const send = async (file: File) => {
    setPending({ kind: 'uploading' })
    try {
      const media = await client.upload(file, () => undefined)
      if (media.kind !== 'audio') {
        setPending({ kind: 'refused', message: `"${file.name}" is a ${media.kind}, not a sound recording.` })
        return
      }
      setPending({ kind: 'checked', media })
    } catch (failure) {
      setPending({ kind: 'refused', message: failure instanceof ApiError ? failure.message : String(failure) })
    }
  }
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file) void send(file)
  }
  const current = exhibit.audio?.[language]
  return (
    <fieldset className="narration-field" aria-label={`Narration recording · ${name}`}>
      <legend>Narration recording · {name}</legend>
      {current ? (
        <p className="studio-note">
          Now: <code>{current}</code>{' '}
          {/* biome-ignore lint/a11y/useMediaCaption: the exhibit's narration text beside it is the caption */}
          <audio controls preload="none" src={`${APP_ROOT}${current}`} aria-label={`Current recording · ${name}`} />
        </p>
      ) : (
        <p className="studio-note">No recording: captions move on at reading pace.</p>
      )}
      <label htmlFor={id}>Upload a recording · {name} (Ogg/Opus, MP3, M4A or WAV; 1 s to 10 min, 20 MB at most)</label>
      <input id={id} type="file" accept="audio/*,.ogg,.opus,.mp3,.m4a,.wav" onChange={choose} />
      {recorder.state.kind === 'recording' ? (
        <button type="button" onClick={async () => send(await recorder.stop())}>
          Stop recording · {name}
        </button>
      ) : (
        <button type="button" onClick={recorder.start} disabled={pending.kind === 'uploading'}>
          Record with the microphone · {name}
        </button>
      )}
      {recorder.state.kind === 'recording' && <p role="status">Recording… speak the narration, then stop.</p>}
      {recorder.state.kind === 'unavailable' && <p className="field-error">{recorder.state.message}</p>}
      {pending.kind === 'uploading' && <p role="status">Checking the recording…</p>}
      {pending.kind === 'refused' && (
        <p role="alert" className="field-error">
          {pending.message}
        </p>
      )}
      {pending.kind === 'checked' && (
        <div className="narration-check">
          <p>
            New recording, {pending.media.seconds?.toFixed(1)} s: listen, then keep or discard it.{' '}
            {/* biome-ignore lint/a11y/useMediaCaption: the exhibit's narration text beside it is the caption */}
            <audio controls src={`${APP_ROOT}${pending.media.src}`} aria-label={`New recording · ${name}`} />
          </p>
          <button
            type="button"
            onClick={() => {
              onSet(pending.media.src)
              setPending({ kind: 'none' })
            }}
          >
            Keep this recording · {name}
          </button>
          <button type="button" onClick={() => setPending({ kind: 'none' })}>
            Discard · {name}
          </button>
        </div>
      )}
      <TextField
        label={`Narration recording path · ${name} (a file under media/; empty for none)`}
        value={current ?? ''}
        error={error}
        onCommit={onSet}
      />
    </fieldset>
  )
}
