import type { XRStore } from '@react-three/xr'
import { useStore } from 'zustand'
import { t } from '../../content/uiStrings'
import { usePreferences } from '../../state/preferences'
import './vr.css'

/** Shown only where immersive VR is supported (this module is loaded only then), and hidden while in VR. */
export function EnterVRButton({ store }: { store: XRStore }) {
  const language = usePreferences((state) => state.language)
  const presenting = useStore(store, (state) => state.session != null)
  if (presenting) return null
  const enter = () => {
    store.enterVR().catch((error: unknown) => console.warn('Could not enter VR:', error))
  }
  return (
    <button type="button" className="enter-vr" onClick={enter}>
      {t('enterVR', language)}
    </button>
  )
}
