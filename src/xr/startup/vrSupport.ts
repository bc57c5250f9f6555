import { useEffect, useState } from 'react'
import { emulationRequested } from './flag'

/** The headset visitor's code, once loaded. */
export type VRModule = typeof import('../vrModule')

let loading: Promise<VRModule | null> | null = null

async function detect(): Promise<VRModule | null> {
  // Only an explicit flag loads the emulator, before anything asks the browser about VR.
  if (emulationRequested(window.location.search)) (await import('./emulator')).installEmulator()
  const supported = (await navigator.xr?.isSessionSupported('immersive-vr').catch(() => false)) ?? false
  return supported ? import('../vrModule') : null
}

/** The VR module where immersive VR is supported, else null. Loaded at most once per page. */
export function useVRSupport(): VRModule | null {
  const [module, setModule] = useState<VRModule | null>(null)
  useEffect(() => {
    let live = true
    loading ??= detect().catch((error: unknown) => {
      console.warn('VR is unavailable:', error)
      return null
    })
    void loading.then((loaded) => {
      if (live) setModule(loaded)
    })
    return () => {
      live = false
    }
  }, [])
  return module
}
