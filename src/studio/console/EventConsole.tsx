import { useEffect, useState } from 'react'
import type { ConsoleAction } from '../../content/console'
import { ApiError, type Delivery, type StudioClient } from '../api/client'
import { ActionButtons } from './ActionButtons'
import { DeviceRow } from './DeviceRow'
import { MessageForm } from './MessageForm'
import { useConsoleDevices } from './useConsoleDevices'
import './console.css'

interface LogEntry {
  key: number
  label: string
  deliveries: Delivery[]
  /** The server refused the command itself (signed out, a bad field). */
  refused?: string
}

/**
 * The event console (`/studio/#event`): every device connected to this server, live, and commands to one or all.
 * Each command's line in the log says, per device, whether it arrived: never silently lost.
 */
export function EventConsole({ client, onBack }: { client: StudioClient; onBack: () => void }) {
  const { devices, exhibition, problem } = useConsoleDevices(client)
  const [log, setLog] = useState<LogEntry[]>([])
  const [busy, setBusy] = useState(false)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])

  const send = async (target: string, who: string, action: ConsoleAction, label: string) => {
    setBusy(true)
    const key = Date.now() + Math.random()
    try {
      const deliveries = await client.consoleCommand({ target, action })
      setLog((entries) => [{ key, label: `${label} → ${who}`, deliveries }, ...entries].slice(0, 30))
    } catch (error) {
      const refused = error instanceof ApiError ? error.message : 'The server cannot be reached.'
      setLog((entries) => [{ key, label: `${label} → ${who}`, deliveries: [], refused }, ...entries].slice(0, 30))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="console">
      <header className="console-head">
        <h1>Event console</h1>
        <button type="button" onClick={onBack}>
          Back to the studio
        </button>
      </header>
      {problem && (
        <p role="alert" className="studio-error">
          {problem}
        </p>
      )}
      <h2>{devices.length === 1 ? '1 device' : `${devices.length} devices`} in the hall</h2>
      {exhibition && (
        <>
          <table className="console-devices" aria-label="Devices">
            <thead>
              <tr>
                <th scope="col">Device</th>
                <th scope="col">VR</th>
                <th scope="col">Language</th>
                <th scope="col">Where</th>
                <th scope="col">Open exhibit</th>
                <th scope="col">Idle</th>
                <th scope="col">Offline copy</th>
                <th scope="col">Round trip</th>
                <th scope="col">Last pre-flight</th>
                <th scope="col">Commands</th>
              </tr>
            </thead>
            <tbody>
              {devices.map((device) => (
                <DeviceRow
                  key={device.sessionId}
                  device={device}
                  exhibition={exhibition}
                  now={now}
                  busy={busy}
                  onAction={(action, label) =>
                    send(device.sessionId, device.status?.name || device.seatName, action, label)
                  }
                />
              ))}
            </tbody>
          </table>
          <section className="console-everyone" aria-label="Everyone">
            <h2>Everyone</h2>
            <ActionButtons
              exhibition={exhibition}
              who="everyone"
              busy={busy || devices.length === 0}
              onAction={(action, label) => send('all', 'everyone', action, label)}
            />
            <MessageForm
              exhibition={exhibition}
              busy={busy}
              onSend={(text) => send('all', 'everyone', { kind: 'message', text }, 'Message')}
            />
          </section>
        </>
      )}
      <section aria-label="Deliveries">
        <h2>Deliveries</h2>
        <ol className="console-log" role="log">
          {log.map((entry) => (
            <li key={entry.key}>
              <strong>{entry.label}</strong>
              {entry.refused && <span data-ok="no"> refused: {entry.refused}</span>}
              {!entry.refused && entry.deliveries.length === 0 && <span data-ok="no"> no device connected</span>}
              <ul>
                {entry.deliveries.map((delivery) => (
                  <li key={delivery.target} data-ok={delivery.delivered ? 'yes' : 'no'}>
                    {delivery.name || delivery.target}:{' '}
                    {delivery.delivered ? 'delivered' : `not delivered (${delivery.reason ?? 'unknown'})`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </main>
  )
}
