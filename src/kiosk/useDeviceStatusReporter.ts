import { useEffect } from 'react'
import type { Exhibition } from '../content/schema'
import { useDeviceSettings } from '../device/deviceSettings'
import { type DeviceStatus, useDeviceStatus } from '../device/deviceStatus'
import { askInventory } from '../offline/askInventory'
import { useOfflineStatus } from '../offline/offlineStatus'
import { usePose } from '../state/poseStore'
import { usePreferences } from '../state/preferences'
import { useSessionMode } from '../state/sessionMode'
import { useVisit } from '../state/visitStore'
import { useKiosk } from './kioskStore'

/** Idle time is published to the second: the console shows "idle 1:20", not milliseconds. */
const wholeSeconds = (ms: number) => Math.floor(ms / 1000) * 1000

function snapshot(): Omit<DeviceStatus, 'offline'> {
  const device = useDeviceSettings.getState()
  const kiosk = useKiosk.getState()
  const { pose } = usePose.getState()
  return {
    id: device.id,
    name: device.name,
    kiosk: device.kiosk,
    language: usePreferences.getState().language,
    immersive: useSessionMode.getState().immersive,
    openExhibitId: useVisit.getState().openExhibitId,
    position: { x: Math.round(pose.x * 10) / 10, z: Math.round(pose.z * 10) / 10 },
    idleMs: wholeSeconds(kiosk.idleMs),
    kioskPhase: kiosk.phase,
    lastPreflight: device.lastPreflight,
  }
}

/**
 * Copies what the device is doing into the one device status (src/device/deviceStatus) the presence layer
 * publishes: from the stores that own each value, whenever one of them changes. Measures the offline copy once
 * the service worker says it is stored.
 */
export function useDeviceStatusReporter(exhibition: Exhibition): void {
  useEffect(() => {
    const copy = () => useDeviceStatus.getState().update(snapshot())
    copy()
    const stores = [useDeviceSettings, useKiosk, usePose, usePreferences, useSessionMode, useVisit]
    const stops = stores.map((store) => store.subscribe(copy))

    let live = true
    const measure = (status: DeviceStatus['offline']['status']) => {
      const offline = useDeviceStatus.getState().status.offline
      useDeviceStatus.getState().update({ offline: { ...offline, status } })
      if (status !== 'ready') return
      void askInventory(exhibition).then((outcome) => {
        if (!live || outcome.kind !== 'summary') return
        const { bytesStored, bytesNeeded, filesMissing } = outcome.summary
        useDeviceStatus.getState().update({ offline: { status, bytesStored, bytesNeeded, filesMissing } })
      })
    }
    measure(useOfflineStatus.getState().status)
    stops.push(
      useOfflineStatus.subscribe((state, previous) => state.status !== previous.status && measure(state.status)),
    )
    return () => {
      live = false
      for (const stop of stops) stop()
    }
  }, [exhibition])
}
