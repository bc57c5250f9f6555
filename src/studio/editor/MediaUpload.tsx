import { type ChangeEvent, useId, useState } from 'react'
import type { Exhibit } from '../../content/schema'
import { ApiError, type MediaRecord, type StudioClient } from '../api/client'

type UploadState = { kind: 'idle' } | { kind: 'uploading'; fraction: number } | { kind: 'refused'; message: string }

/**
 * Uploads a picture (JPEG, PNG, WebP) or a model (GLB) for an exhibit, with a progress bar; the server checks the
 * bytes and says exactly why it refuses a file.
 */
export function MediaUpload({
  client,
  exhibit,
  onUploaded,
}: {
  client: StudioClient
  exhibit: Exhibit
  onUploaded: (media: MediaRecord & { kind: 'image' | 'model' }) => void
}) {
  const id = useId()
  const [state, setState] = useState<UploadState>({ kind: 'idle' })
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setState({ kind: 'uploading', fraction: 0 })
    try {
      const media = await client.upload(file, (fraction) => setState({ kind: 'uploading', fraction }))
      if (media.kind === 'audio') {
        setState({ kind: 'refused', message: `"${file.name}" is a sound recording: add it as a narration recording.` })
        return
      }
      setState({ kind: 'idle' })
      onUploaded({ ...media, kind: media.kind })
    } catch (error) {
      setState({ kind: 'refused', message: error instanceof ApiError ? error.message : String(error) })
    }
  }
  const current = exhibit.media[0]
  return (
    <div className="field">
      <label htmlFor={id}>Picture or model (JPEG, PNG, WebP or GLB)</label>
      {current && <p className="studio-note">Now: {current.src}</p>}
      <input id={id} type="file" accept="image/jpeg,image/png,image/webp,.glb,model/gltf-binary" onChange={choose} />
      {state.kind === 'uploading' && (
        <progress max={1} value={state.fraction} aria-label="Upload progress">
          {Math.round(state.fraction * 100)}%
        </progress>
      )}
      {state.kind === 'refused' && (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      )}
    </div>
  )
}
