import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import { Box3, type Object3D, Vector3 } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import type { Media } from '../content/schema'
import { useLoading } from '../state/loadingStore'
import { useAssetRoot } from './assetRoot'

const loader = new GLTFLoader()
let meshopt: Promise<void> | null = null
const withMeshopt = (): Promise<void> =>
  (meshopt ??= import('three/examples/jsm/libs/meshopt_decoder.module.js')
    .then(({ MeshoptDecoder }) => {
      loader.setMeshoptDecoder(MeshoptDecoder)
    })
    // Without the decoder, uncompressed models still load; a compressed one fails to load and is reported so.
    .catch(() => console.warn('The model decoder could not be loaded.')))
const bounds = new Box3()
const size = new Vector3()
const centre = new Vector3()

/** Largest extent a model may have on its pedestal, metres. */
const FIT = 0.8
/** The stand-in for a model that is loading or could not be loaded: a plain block, the grey of a missing picture. */
const PLACEHOLDER_SIZE = 0.4
const PLACEHOLDER_COLOR = '#c9c6bf'

/** Scales and centres a model so it sits on the pedestal top whatever units it was made in. */
function fitOnPedestal(model: Object3D): void {
  bounds.setFromObject(model)
  bounds.getSize(size)
  const scale = FIT / Math.max(size.x, size.y, size.z, 1e-6)
  model.scale.setScalar(scale)
  bounds.setFromObject(model)
  bounds.getCenter(centre)
  model.position.set(-centre.x, -bounds.min.y, -centre.z)
}

/**
 * An exhibit's 3D model on its pedestal. Loads without suspending: a missing or broken file leaves a grey block on
 * the pedestal and the hall running. Models come only from the project's own media (the schema forbids other hosts).
 */
export function StandModel({ media, top }: { media: Media; top: number }) {
  const [model, setModel] = useState<Object3D | null>(null)
  const report = useLoading((state) => state.report)
  const invalidate = useThree((state) => state.invalidate)
  const root = useAssetRoot()
  useEffect(() => {
    const task = `model:${media.src}`
    let cancelled = false
    report(task, 0)
    // Uploaded models are stored meshopt-compressed; the decoder is its own small chunk, fetched with the first model.
    void withMeshopt().then(() =>
      loader.load(
        `${root}${media.src}`,
        (gltf) => {
          report(task, 1)
          if (cancelled) return
          fitOnPedestal(gltf.scene)
          setModel(gltf.scene)
          invalidate()
        },
        undefined,
        () => {
          report(task, 1)
          if (!cancelled) console.warn(`An exhibit model could not be loaded: ${media.src}`)
        },
      ),
    )
    return () => {
      cancelled = true
    }
  }, [media.src, report, invalidate, root])
  if (model) return <primitive object={model} position-y={top} />
  return (
    <mesh position-y={top + PLACEHOLDER_SIZE / 2}>
      <boxGeometry args={[PLACEHOLDER_SIZE, PLACEHOLDER_SIZE, PLACEHOLDER_SIZE]} />
      <meshBasicMaterial color={PLACEHOLDER_COLOR} />
    </mesh>
  )
}
