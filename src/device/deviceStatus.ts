import { create } from 'zustand'
import type { Language } from '../content/schema'
import type { PreflightResult } from './deviceSettings'

/** How complete the stored offline copy is, as last measured (bytes stored against bytes needed). */
export interface OfflineCompleteness {
  /** `off`: no service worker here (development build, blocked, or not yet registered). */
  status: 'off' | 'preparing' | 'ready' | 'failed'
  /** From the last inventory (the pre-flight page takes one); null until one was taken. */
  bytesStored: number | null
  bytesNeeded: number | null
  filesMissing: number | null
}

/**
 * Everything a staff console needs to know about this device, in one plain object: the presence layer publishes it
 * as it is (one typed message), and nothing here knows about sockets. Filled by the kiosk layer's reporter from the
 * stores that own each value; read with `useDeviceStatus.getState()` or subscribed to.
 */
export interface DeviceStatus {
  /** Stable per device (kept with its settings); the name is for people. */
  id: string
  name: string
  kiosk: boolean
  language: Language
  /** In an immersive (headset) session. */
  immersive: boolean
  openExhibitId: string | null
  /** Where on the floor plan, metres (throttled, as the HTML map sees it). */
  position: { x: number; z: number }
  /** Milliseconds since the last input (or head movement in VR); 0 while someone is using the device. */
  idleMs: number
  /** The kiosk's phase: in use, warning of a reset, or the attract loop running. */
  kioskPhase: 'active' | 'warning' | 'attract'
  offline: OfflineCompleteness
  lastPreflight: PreflightResult | null
}

export const INITIAL_DEVICE_STATUS: DeviceStatus = {
  id: '',
  name: '',
  kiosk: false,
  language: 'zh',
  immersive: false,
  openExhibitId: null,
  position: { x: 0, z: 0 },
  idleMs: 0,
  kioskPhase: 'active',
  offline: { status: 'off', bytesStored: null, bytesNeeded: null, filesMissing: null },
  lastPreflight: null,
}

interface DeviceStatusStore {
  status: DeviceStatus
  /** Replaces the fields given; a patch that changes nothing notifies no one. */
  update: (patch: Partial<DeviceStatus>) => void
}

export const useDeviceStatus = create<DeviceStatusStore>()((set, get) => ({
  status: INITIAL_DEVICE_STATUS,
  update: (patch) => {
    const current = get().status
    const changed = Object.entries(patch).some(
      ([key, value]) => JSON.stringify(current[key as keyof DeviceStatus]) !== JSON.stringify(value),
    )
    if (changed) set({ status: { ...current, ...patch } })
  },
}))
