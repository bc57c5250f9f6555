import { OrbitControls, TransformControls } from '@react-three/drei'
import { Canvas } from '@react-three/fiber'
import { type RefObject, Suspense, useEffect, useRef, useState } from 'react'
import type { Group } from 'three'
import type { Exhibit, Exhibition } from '../../content/schema'
import { ALL_ON } from '../../state/optimizations'
import { AssetRootContext } from '../../world/assetRoot'
import { configureOfflineText } from '../../world/fonts'
import { Hall } from '../../world/Hall'
import { APP_ROOT } from '../appRoot'
import { GRID, ROTATION_STEP } from '../floorPlan/FloorPlan'
import { PREVIEW_CAMERA } from './previewCamera'

const DEG = Math.PI / 180
const NO_TEXT_LOD = { ...ALL_ON, lod: false }

interface StudioPreviewProps {
  doc: Exhibition
  selected: Exhibit | null
  onPlace: (exhibit: Exhibit, position: [number, number], rotation: number) => void
}

/** A text field's typing is not a command to the handle. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

/**
 * A handle on the selected stand: move it along the floor or turn it, snapping like the floor plan. The controls are
 * attached to a group standing where the stand stands (drei's wrapper group would sit at the hall's origin), and
 * a drag that ends where it started adds no step to the history.
 */
function Gizmo({ exhibit, onPlace }: { exhibit: Exhibit; onPlace: StudioPreviewProps['onPlace'] }) {
  const handle = useRef<Group>(null)
  const [mode, setMode] = useState<'translate' | 'rotate'>('translate')
  useEffect(() => {
    const toggle = (event: KeyboardEvent) => {
      if (event.key === 'r' && !typing(event.target)) {
        setMode((current) => (current === 'translate' ? 'rotate' : 'translate'))
      }
    }
    window.addEventListener('keydown', toggle)
    return () => window.removeEventListener('keydown', toggle)
  }, [])
  const commit = () => {
    const object = handle.current
    if (!object) return
    const rotation = Math.round(object.rotation.y / DEG / ROTATION_STEP) * ROTATION_STEP
    const position: [number, number] = [round(object.position.x), round(object.position.z)]
    const moved = position[0] !== exhibit.position[0] || position[1] !== exhibit.position[1]
    if (moved || rotation !== exhibit.rotation) onPlace(exhibit, position, rotation)
  }
  return (
    <>
      <group
        ref={handle}
        name="stand-handle"
        position={[exhibit.position[0], 0, exhibit.position[1]]}
        rotation-y={exhibit.rotation * DEG}
      >
        {/* Where the stand will go while it is dragged: the stand itself moves once the drag ends. */}
        <mesh position={[0, 0.03, 0]}>
          <boxGeometry args={[1.4, 0.06, 0.8]} />
          <meshBasicMaterial color="#f2b705" transparent opacity={0.7} />
        </mesh>
      </group>
      <TransformControls
        object={handle as RefObject<Group>}
        mode={mode}
        showY={mode === 'rotate'}
        showX={mode === 'translate'}
        showZ={mode === 'translate'}
        translationSnap={GRID}
        rotationSnap={ROTATION_STEP * DEG}
        onMouseUp={commit}
      />
    </>
  )
}

/** Centimetres: snapping leaves float noise (0.30000000000000004) that the floor plan would print. */
const round = (metres: number) => Math.round(metres * 100) / 100

/**
 * The draft as visitors will see it, from above and around, with a transform handle on the selected stand
 * (drag the arrows to move, press R to switch to turning). Loaded only when a curator opens it.
 */
export default function StudioPreview({ doc, selected, onPlace }: StudioPreviewProps) {
  useEffect(configureOfflineText, [])
  return (
    <div className="studio-preview">
      <div className="studio-preview-canvas">
        <Canvas flat camera={PREVIEW_CAMERA} frameloop="demand">
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
