import { OrbitControls, TransformControls } from '@react-three/drei'
import { Canvas } from '@react-three/fiber'
import { Suspense, useEffect, useRef, useState } from 'react'
import type { Group } from 'three'
import type { Exhibit, Exhibition } from '../../content/schema'
import { ALL_ON } from '../../state/optimizations'
import { AssetRootContext } from '../../world/assetRoot'
import { configureOfflineText } from '../../world/fonts'
import { Hall } from '../../world/Hall'
import { APP_ROOT } from '../appRoot'
import { GRID, ROTATION_STEP } from '../floorPlan/FloorPlan'

const DEG = Math.PI / 180
const NO_TEXT_LOD = { ...ALL_ON, lod: false }

interface StudioPreviewProps {
  doc: Exhibition
  selected: Exhibit | null
  onPlace: (exhibit: Exhibit, position: [number, number], rotation: number) => void
}

/** A handle on the selected stand: move it along the floor or turn it, snapping like the floor plan. */
function Gizmo({ exhibit, onPlace }: { exhibit: Exhibit; onPlace: StudioPreviewProps['onPlace'] }) {
  const handle = useRef<Group>(null)
  const [mode, setMode] = useState<'translate' | 'rotate'>('translate')
  useEffect(() => {
    const toggle = (event: KeyboardEvent) => {
      if (event.key === 'r') setMode((current) => (current === 'translate' ? 'rotate' : 'translate'))
    }
    window.addEventListener('keydown', toggle)
    return () => window.removeEventListener('keydown', toggle)
  }, [])
  const commit = () => {
    const object = handle.current
    if (!object) return
    const rotation = Math.round(object.rotation.y / DEG / ROTATION_STEP) * ROTATION_STEP
    onPlace(exhibit, [object.position.x, object.position.z], rotation)
  }
  return (
    <TransformControls
      mode={mode}
      showY={mode === 'rotate'}
      showX={mode === 'translate'}
      showZ={mode === 'translate'}
      translationSnap={GRID}
      rotationSnap={ROTATION_STEP * DEG}
      onMouseUp={commit}
    >
      <group
        ref={handle}
        position={[exhibit.position[0], 0, exhibit.position[1]]}
        rotation-y={exhibit.rotation * DEG}
      />
    </TransformControls>
  )
}

/**
 * The draft as visitors will see it, from above and around, with a transform handle on the selected stand
 * (drag the arrows to move, press R to switch to turning). Loaded only when a curator opens it.
 */
export default function StudioPreview({ doc, selected, onPlace }: StudioPreviewProps) {
  useEffect(configureOfflineText, [])
  return (
    <div className="studio-preview">
      <div className="studio-preview-canvas">
        <Canvas flat camera={{ position: [0, 22, 20], fov: 50, near: 0.1, far: 200 }} frameloop="demand">
          <AssetRootContext.Provider value={APP_ROOT}>
            <Suspense fallback={null}>
              {/* Seen from above, every stand is far from the camera: the curator still wants all its words. */}
              <Hall
                exhibition={doc}
                language="en"
                focusedExhibitId={selected?.id ?? null}
                optimizations={NO_TEXT_LOD}
              />
            </Suspense>
          </AssetRootContext.Provider>
          {selected && (
            <Gizmo
              key={`${selected.id}:${selected.position.join()}:${selected.rotation}`}
              exhibit={selected}
              onPlace={onPlace}
            />
          )}
          <OrbitControls makeDefault target={[0, 0, 0]} maxPolarAngle={Math.PI / 2.1} />
        </Canvas>
      </div>
      <p className="studio-note">
        Drag to orbit, scroll to zoom. Drag the arrows to move the selected stand; press R to turn it.
      </p>
    </div>
  )
}
