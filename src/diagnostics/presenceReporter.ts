import { drawnAvatars } from '../presence/PresenceAvatars'
import { usePresence } from '../presence/presenceStore'
import { useServerClock } from '../state/serverClock'
import { readOnDemand } from './reading'
import type { Reporter } from './reporter'

/** `presence`, from the connection's store and what the avatar meshes drew in the last frame. */
export const presenceReporter: Reporter = (report) =>
  readOnDemand(report, 'presence', () => {
    const { status, code, others } = usePresence.getState()
    const { rttMs } = useServerClock.getState()
    const drawn = drawnAvatars()
    return {
      status,
      code,
      others: others.map(({ name, mode, x, z }) => ({ name, mode, x, z })),
      avatars: {
        heads: drawn.heads,
        bodies: drawn.bodies,
        positions: drawn.positions.map(([x, y, z]) => [x, y, z] as [number, number, number]),
      },
      rttMs,
    }
  })
