import { useThree } from '@react-three/fiber'
import { useEffect, useState } from 'react'
import { SRGBColorSpace, type Texture, TextureLoader } from 'three'
import type { Media } from '../content/schema'
import { useLoading } from '../state/loadingStore'
import { useAssetRoot } from './assetRoot'

interface Size {
  width: number
  height: number
}

const loader = new TextureLoader()

type Picture = { state: 'loading' } | { state: 'ready'; texture: Texture } | { state: 'failed' }

/**
 * Loads a picture without suspending: a slow or broken file never holds up the hall or throws through React; the
 * stand shows a grey card until (or instead of) the picture.
 */
function usePicture(src: string): Picture {
  const [picture, setPicture] = useState<Picture>({ state: 'loading' })
  const report = useLoading((state) => state.report)
  const invalidate = useThree((state) => state.invalidate)
  const root = useAssetRoot()
  useEffect(() => {
    const task = `image:${src}`
    let texture: Texture | null = null
    let cancelled = false
    report(task, 0)
    loader.load(
      `${root}${src}`,
      (loaded) => {
        texture = loaded
        if (cancelled) return loaded.dispose()
        loaded.colorSpace = SRGBColorSpace
        loaded.anisotropy = 4
        setPicture({ state: 'ready', texture: loaded })
        report(task, 1)
        invalidate()
      },
      undefined,
      () => {
        if (cancelled) return
        console.warn(`An exhibit image could not be loaded: ${src}`)
        setPicture({ state: 'failed' })
        report(task, 1)
      },
    )
    return () => {
      cancelled = true
      texture?.dispose()
    }
  }, [src, report, invalidate, root])
  return picture
}

/** An exhibit's picture on its stand. */
export function StandImage({ media, width, height }: { media: Media } & Size) {
  const picture = usePicture(media.src)
  return (
    <mesh>
      <planeGeometry args={[width, height]} />
      {/* Distinct keys: React would otherwise reuse the card's material for the picture, and R3F resets the dropped
          `color` prop to 0 (black, as MeshBasicMaterial takes constructor arguments it cannot default), so every
          picture was multiplied by black; a fresh material also compiles its shader with the map. */}
      {picture.state === 'ready' ? (
        <meshBasicMaterial key="picture" map={picture.texture} toneMapped={false} />
      ) : (
        <meshBasicMaterial key="card" color="#c9c6bf" />
      )}
    </mesh>
  )
}
