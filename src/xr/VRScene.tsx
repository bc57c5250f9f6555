import { useXR, XR, type XRStore } from '@react-three/xr'
import type { Exhibition } from '../content/schema'
import { VRVisit } from './VRVisit'

function ImmersiveVisit({ exhibition }: { exhibition: Exhibition }) {
  const session = useXR((state) => state.session)
  const mode = useXR((state) => state.mode)
  // Mounted only while a session runs, so everything it creates is disposed of when the visitor leaves.
  return session && mode === 'immersive-vr' ? <VRVisit exhibition={exhibition} session={session} /> : null
}

/** The hall's VR layer, beside (not around) the hall: entering and leaving VR never re-creates the hall. */
export function VRScene({ exhibition, store }: { exhibition: Exhibition; store: XRStore }) {
  return (
    <XR store={store}>
      <ImmersiveVisit exhibition={exhibition} />
    </XR>
  )
}
