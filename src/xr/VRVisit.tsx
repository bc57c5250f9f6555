import { XROrigin } from '@react-three/xr'
import { useEffect, useRef, useState } from 'react'
import type { Group } from 'three'
import type { Exhibition } from '../content/schema'
import { diagnostics } from '../diagnostics/diagnostics'
import { useSessionMode } from '../state/sessionMode'
import { useVisit } from '../state/visitStore'
import { useVRUi } from '../xrkit/vrUiStore'
import { Vignette } from './comfort/Vignette'
import { HoverFrame } from './HoverFrame'
import { Pointers } from './input/Pointers'
import { FadeOverlay } from './locomotion/FadeOverlay'
import { Locomotion } from './locomotion/Locomotion'
import { createRig } from './locomotion/rig'
import { VRMenu } from './menu/VRMenu'
import { WristMenuButton } from './menu/WristMenuButton'
import { VRExhibitPanel } from './panels/VRExhibitPanel'

/**
 * One immersive session. The visitor arrives where they stood on the desktop, facing the same way; when the session
 * ends (the menu, or the headset ending it) the desktop view takes over from where they stood in VR.
 */
export function VRVisit({ exhibition, session }: { exhibition: Exhibition; session: XRSession }) {
  const origin = useRef<Group>(null)
  // The desktop pose, as the render loop last reported it: where the visitor stands now.
  const [rig] = useState(() => {
    const { x, z, yaw } = diagnostics().pose
    return createRig({ x, z, yaw })
  })

  useEffect(() => {
    useSessionMode.getState().setImmersive(true)
    useVisit.getState().setFocused(null)
    return () => {
      const { x, z, yaw } = diagnostics().pose
      useVRUi.getState().setMenuOpen(false)
      useVRUi.getState().setHovered(null, null)
      useSessionMode.getState().setImmersive(false)
      diagnostics().xr.presenting = false
      useVisit.getState().requestTravel({ x, z, yaw }, 'place')
    }
  }, [])

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
