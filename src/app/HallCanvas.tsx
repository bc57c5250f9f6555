import { Canvas } from '@react-three/fiber'
import { Suspense, useMemo, useState } from 'react'
import type { Exhibition } from '../content/schema'
import { DesktopControls } from '../desktop/DesktopControls'
import { RenderReporter } from '../diagnostics/RenderReporter'
import { BroadcastVR } from '../kiosk/BroadcastVR'
import { KioskCountdownVR } from '../kiosk/KioskCountdownVR'
import { GuidePromptVR } from '../presence/GuidePromptVR'
import { PresenceAvatars } from '../presence/PresenceAvatars'
import type { FloorPose } from '../state/floorPose'
import { optimizationsFrom } from '../state/optimizations'
import { usePreferences } from '../state/preferences'
import { useVisit } from '../state/visitStore'
import { Hall } from '../world/Hall'
import { EYE_HEIGHT } from '../world/standDimensions'
import type { VRModule } from '../xr/startup/vrSupport'
import { ContextRecovery } from './ContextRecovery'
import { FirstFrame } from './FirstFrame'
import { SceneReady } from './SceneReady'

/**
 * The 3D hall. Frames are drawn on demand: an idle visitor costs no GPU time, which matters on laptops running an
 * event all day.
 */
interface HallCanvasProps {
  exhibition: Exhibition
  initialPose: FloorPose
  /** The headset layer, where immersive VR is supported. */
  vr: VRModule | null
}

export function HallCanvas({ exhibition, initialPose, vr }: HallCanvasProps) {
  const language = usePreferences((state) => state.language)
  const textScale = usePreferences((state) => state.textScale)
  const highContrast = usePreferences((state) => state.highContrast)
  const display = useMemo(() => ({ textScale, highContrast }), [textScale, highContrast])
  const focusedExhibitId = useVisit((state) => state.focusedExhibitId)
  const [optimizations] = useState(() => optimizationsFrom(window.location.search))
  return (
    <Canvas
      frameloop={optimizations.demand ? 'demand' : 'always'}
      // Exhibit colours as designed: tone mapping would grey the white boards and the zone colours.
      flat
      dpr={[1, 2]}
      camera={{ fov: 70, near: 0.05, far: 120, position: [initialPose.x, EYE_HEIGHT, initialPose.z] }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
    >
      <Suspense fallback={null}>
        <Hall
          exhibition={exhibition}
          language={language}
          focusedExhibitId={focusedExhibitId}
          display={display}
          optimizations={optimizations}
        />
        <SceneReady />
      </Suspense>
      <DesktopControls exhibition={exhibition} initialPose={initialPose} />
      <PresenceAvatars />
      {vr && <vr.HallVRScene exhibition={exhibition} />}
      {vr && <KioskCountdownVR />}
      {vr && <BroadcastVR />}
      {vr && <GuidePromptVR />}
      <FirstFrame />
      <RenderReporter />
      <ContextRecovery />
    </Canvas>
  )
}
