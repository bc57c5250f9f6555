import { useRef, useState } from 'react'

/** The containers the server accepts, in the order browsers record them: MP4 (Chromium, Safari), then Ogg (Firefox). */
const RECORDING_TYPES = [
  { mimeType: 'audio/mp4;codecs=opus', extension: 'm4a' },
  { mimeType: 'audio/mp4', extension: 'm4a' },
  { mimeType: 'audio/ogg;codecs=opus', extension: 'ogg' },
] as const

export type RecorderState =
  | { kind: 'idle' }
  | { kind: 'recording'; startedAt: number }
  | { kind: 'unavailable'; message: string }

/**
 * Records from the computer's microphone with MediaRecorder, in a container the server accepts; `stop` resolves
 * with the recording as a file named after its type (the server names the stored copy itself).
 */
export function useRecorder(baseName: string) {
  const [state, setState] = useState<RecorderState>({ kind: 'idle' })
  const recorder = useRef<MediaRecorder | null>(null)

  const start = async () => {
    const type = RECORDING_TYPES.find((candidate) => MediaRecorder.isTypeSupported(candidate.mimeType))
    if (!type) {
      setState({ kind: 'unavailable', message: 'This browser cannot record in MP4 or Ogg: upload a file instead.' })
      return
    }
    let stream: MediaStream
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      setState({ kind: 'unavailable', message: `The microphone could not be opened (${reason}).` })
      return
    }
    const next = new MediaRecorder(stream, { mimeType: type.mimeType })
    const chunks: Blob[] = []
    next.ondataavailable = (event) => event.data.size > 0 && chunks.push(event.data)
    next.onstop = () => {
      for (const track of stream.getTracks()) track.stop()
      const blob = new Blob(chunks, { type: type.mimeType })
      next.dispatchEvent(
        new CustomEvent('recorded', {
          detail: new File([blob], `${baseName}.${type.extension}`, { type: type.mimeType }),
        }),
      )
    }
    next.start()
    recorder.current = next
    setState({ kind: 'recording', startedAt: Date.now() })
  }

  const stop = () =>
    new Promise<File>((resolve) => {
      const current = recorder.current
      if (!current) return
      current.addEventListener('recorded', (event) => resolve((event as CustomEvent<File>).detail), { once: true })
      current.stop()
      recorder.current = null
      setState({ kind: 'idle' })
    })

  return { state, start, stop }
}
