import { Suspense } from 'react'
import type { Language } from '../content/schema'
import { INTERACTIVE_VIEWS } from './registry'
import type { InteractiveType } from './types'

interface VRInteractiveProps {
  type: InteractiveType
  language: Language
  position: [number, number, number]
  /** Turned towards the visitor, radians about the vertical. */
  yaw: number
}

/** The open exhibit's interactive board in a headset, loaded with the exhibit; nothing shows until it has loaded. */
export function VRInteractive({ type, language, position, yaw }: VRInteractiveProps) {
  const { VR } = INTERACTIVE_VIEWS[type]
  return (
    <group position={position} rotation-y={yaw}>
      <Suspense fallback={null}>
        <VR language={language} />
      </Suspense>
    </group>
  )
}
