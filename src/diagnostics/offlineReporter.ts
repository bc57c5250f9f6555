import { useOfflineStatus } from '../offline/offlineStatus'
import { readOnDemand } from './reading'
import type { Reporter } from './reporter'

/** `offline`, from the offline copy's own status. */
export const offlineReporter: Reporter = (report) =>
  readOnDemand(report, 'offline', () => useOfflineStatus.getState().status)
