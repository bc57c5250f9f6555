import type { Room } from 'colyseus.js'
import { consoleEventSchema } from '../content/console'
import { useConsoleInbox } from './consoleInbox'
import { startStatusSender } from './statusSender'

/**
 * This device's side of the staff console on one joined instance: publishes its status, and passes each console
 * command to the inbox with a way to acknowledge it. A malformed command is dropped (the console then reports it
 * as not delivered). Returns how to stop.
 */
export function linkConsole(room: Room): () => void {
  const stopStatus = startStatusSender((message) => room.send('status', message))
  const listener = room.onMessage('console', (raw: unknown) => {
    const event = consoleEventSchema.safeParse(raw)
    if (!event.success) return
    let answered = false
    useConsoleInbox.getState().receive({
      action: event.data.action,
      done: (problem) => {
        if (answered || !room.connection.isOpen) return
        answered = true
        room.send('consoleAck', problem ? { id: event.data.id, problem } : { id: event.data.id })
      },
    })
  })
  return () => {
    stopStatus()
    listener()
  }
}
