/**
 * Everything a headset visitor needs, in its own lazily loaded chunk: desktop visitors whose browser cannot show
 * immersive VR never download it. The XR store is created when this chunk loads, after any emulator is installed.
 */
import type { Exhibition } from '../content/schema'
import { EnterVRButton } from './startup/EnterVRButton'
import { createHallXRStore } from './startup/xrStore'
import { VRScene } from './VRScene'

const store = createHallXRStore()

export function HallVRScene({ exhibition }: { exhibition: Exhibition }) {
  return <VRScene exhibition={exhibition} store={store} />
}

export function HallEnterVRButton() {
  return <EnterVRButton store={store} />
}
