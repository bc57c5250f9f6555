import { useEffect, useState } from 'react'
import { parseExhibition } from '../../content/parse'
import type { Exhibition } from '../../content/schema'
import { ApiError, type ConsoleDevice, type StudioClient } from '../api/client'
import { APP_ROOT } from '../appRoot'

/** The list is asked for this often: devices publish at most once a second. */
const POLL_MS = 1000

export interface ConsoleData {
  devices: ConsoleDevice[]
  /** The published exhibition, which the devices show (not the draft being edited). */
  exhibition: Exhibition | null
  /** Why the list could not be read, or empty. */
  problem: string
}

/** Every device in the hall, asked of the server each second while the console is open. */
export function useConsoleDevices(client: StudioClient): ConsoleData {
  const [devices, setDevices] = useState<ConsoleDevice[]>([])
  const [exhibition, setExhibition] = useState<Exhibition | null>(null)
  const [problem, setProblem] = useState('')

  useEffect(() => {
    void fetch(`${APP_ROOT}content/exhibition.json`)
      .then((response) => response.json())
      .then((raw: unknown) => {
        const parsed = parseExhibition(raw)
        if (parsed.ok) setExhibition(parsed.exhibition)
        else setProblem('The published exhibition could not be read.')
      })
      .catch(() => setProblem('The published exhibition could not be loaded.'))
  }, [])

  useEffect(() => {
    let live = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const poll = async () => {
      try {
        const list = await client.consoleDevices()
        if (!live) return
        setDevices(list)
        setProblem('')
      } catch (error) {
        if (live) setProblem(error instanceof ApiError ? error.message : 'The server cannot be reached.')
      }
      if (live) timer = setTimeout(poll, POLL_MS)
    }
    void poll()
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [client])

  return { devices, exhibition, problem }
}
