import {
  ACK_TIMEOUT_MS,
  type ConsoleAction,
  type ConsoleDevice,
  type ConsoleEvent,
  type Delivery,
  type DeviceStatusMessage,
  deviceLabel,
} from '../../content/console'

/** How a registered device is reached: its socket's `console` message. */
export type SendToDevice = (event: ConsoleEvent) => void

interface Entry {
  device: ConsoleDevice
  send: SendToDevice
  /** Commands sent and not yet acknowledged, by id. */
  waiting: Map<string, (answer: { delivered: boolean; reason?: string }) => void>
}

/**
 * Every device connected to this process's hall instances, with its latest status, for the staff console. Kept in
 * memory only (never stored, never logged): a device that leaves is forgotten at once. Commands wait for the
 * device's acknowledgement, so a console always learns whether each one arrived.
 */
export class DeviceRegistry {
  private readonly entries = new Map<string, Entry>()
  private sequence = 0

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly ackTimeoutMs = ACK_TIMEOUT_MS,
  ) {}

  join(sessionId: string, instance: string, seatName: string, send: SendToDevice): void {
    const device = { sessionId, instance, seatName, connectedAt: this.now(), status: null, statusAt: null }
    this.entries.set(sessionId, { device, send, waiting: new Map() })
  }

  /** The device is gone: commands still waiting for it are reported as not delivered. */
  leave(sessionId: string): void {
    const entry = this.entries.get(sessionId)
    this.entries.delete(sessionId)
    for (const settle of entry?.waiting.values() ?? []) settle({ delivered: false, reason: 'the device left' })
  }

  setStatus(sessionId: string, status: DeviceStatusMessage): void {
    const entry = this.entries.get(sessionId)
    if (!entry) return
    entry.device = { ...entry.device, status, statusAt: this.now() }
  }

  acknowledge(sessionId: string, id: string, problem?: string): void {
    const settle = this.entries.get(sessionId)?.waiting.get(id)
    settle?.(problem ? { delivered: false, reason: problem } : { delivered: true })
  }

  list(): ConsoleDevice[] {
    return [...this.entries.values()]
      .map((entry) => entry.device)
      .sort((a, b) => deviceLabel(a).localeCompare(deviceLabel(b)) || a.connectedAt - b.connectedAt)
  }

  /** Sends `action` to one device (or all) and waits for each answer; a device that is not here is not delivered. */
  async deliver(target: string, action: ConsoleAction): Promise<Delivery[]> {
    const targets = target === 'all' ? [...this.entries.keys()] : [target]
    return Promise.all(targets.map((sessionId) => this.deliverOne(sessionId, action)))
  }

  private deliverOne(sessionId: string, action: ConsoleAction): Promise<Delivery> {
    const entry = this.entries.get(sessionId)
    if (!entry) {
      return Promise.resolve({ target: sessionId, name: '', delivered: false, reason: 'no such device is connected' })
    }
    const name = deviceLabel(entry.device)
    this.sequence += 1
    const id = `c${this.sequence}-${this.now().toString(36)}`
    return new Promise<Delivery>((resolve) => {
      const timer = setTimeout(
        () => settle({ delivered: false, reason: 'no answer from the device' }),
        this.ackTimeoutMs,
      )
      const settle = (answer: { delivered: boolean; reason?: string }) => {
        clearTimeout(timer)
        entry.waiting.delete(id)
        resolve({ target: sessionId, name, ...answer })
      }
      entry.waiting.set(id, settle)
      try {
        entry.send({ id, action })
      } catch {
        settle({ delivered: false, reason: 'the device’s connection failed' })
      }
    })
  }
}
