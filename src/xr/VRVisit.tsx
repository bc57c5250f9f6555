import { XROrigin } from '@react-three/xr'
import { useEffect, useRef, useState } from 'react'
import type { Group } from 'three'
import type { Exhibition } from '../content/schema'
import { createRig } from '../motion/rig'
import { readPose } from '../state/livePose'
import { useSessionMode } from '../state/sessionMode'
import { useVisit } from '../state/visitStore'
import { useVRUi } from '../xrkit/vrUiStore'
import { Vignette } from './comfort/Vignette'
import { HoverFrame } from './HoverFrame'
import { Pointers } from './input/Pointers'
import { FadeOverlay } from './locomotion/FadeOverlay'
import { Locomotion } from './locomotion/Locomotion'
import { VRMenu } from './menu/VRMenu'
import { WristMenuButton } from './menu/WristMenuButton'
import { VRExhibitPanel } from './panels/VRExhibitPanel'

/**
 * One immersive session. The visitor arrives where they stood on the desktop, facing the same way; when the session
 * ends (the menu, or the headset ending it) the desktop view takes over from where they stood in VR.
 */
export function VRVisit({ exhibition, session }: { exhibition: Exhibition; session: XRSession }) {
  const origin = useRef<Group>(null)
  // The desktop pose, as the desktop controls last wrote it: where the visitor stands now.
  const [rig] = useState(() => {
    const { x, z, yaw } = readPose()
    return createRig({ x, z, yaw })
  })

  useEffect(() => {
    useSessionMode.getState().setImmersive(true)
    useVisit.getState().setFocused(null)
    const visibility = () => useSessionMode.getState().setXRVisibility(session.visibilityState)
    visibility()
    session.addEventListener('visibilitychange', visibility)
    return () => {
      session.removeEventListener('visibilitychange', visibility)
      useSessionMode.getState().setXRVisibility('visible')
      // The headset's last head pose: where the visitor stood in VR.
      const { x, z, yaw } = readPose()
      useVRUi.getState().setMenuOpen(false)
      useVRUi.getState().setHovered(null, null)
      useSessionMode.getState().setImmersive(false)
      useVisit.getState().requestTravel({ x, z, yaw }, 'place')
    }
  }, [session])

  return (
    <>
      <XROrigin ref={origin} />
      <Locomotion origin={origin} rig={rig} exhibition={exhibition} />
      <Pointers session={session} origin={origin} rig={rig} />
      <HoverFrame exhibition={exhibition} />
      <VRExhibitPanel exhibition={exhibition} rig={rig} />
      <VRMenu exhibition={exhibition} session={session} />
      <WristMenuButton session={session} origin={origin} />
      <Vignette rig={rig} />
      <FadeOverlay rig={rig} />
    </>
  )
}
