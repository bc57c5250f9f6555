import { metaQuest3, XRDevice } from 'iwer'

declare global {
  interface Window {
    /** The emulated headset, for tests to drive; present only when the page was opened with `?xr-emulate=`. */
    __xrDevice?: XRDevice
  }
}

/**
 * Replaces the browser's WebXR with IWER's emulated Meta Quest 3. Forced: headless Chromium has its own
 * `navigator.xr` (without VR support), which IWER would otherwise leave in place. This module is only ever loaded by
 * a dynamic import behind the `?xr-emulate` flag, so visitors never download it.
 */
export function installEmulator(): XRDevice {
  const device = new XRDevice(metaQuest3)
  // Both eyes, as on a headset, so draw-call counts are those a visitor's device would see.
  device.stereoEnabled = true
  device.installRuntime({ forceInstall: true })
  window.__xrDevice = device
  return device
}
