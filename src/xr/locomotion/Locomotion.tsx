import { useFrame } from '@react-three/fiber'
import { type RefObject, useRef } from 'react'
import type { Group, Mesh } from 'three'
import type { Exhibition } from '../../content/schema'
import type { Rig } from '../../motion/rig'
import { showAim } from './teleportAim'
import { rayMatrix, useLocomotion } from './useLocomotion'

interface LocomotionProps {
  origin: RefObject<Group | null>
  rig: Rig
  exhibition: Exhibition
}

/**
 * Right stick: aim forward and release to teleport; left and right to snap (or smoothly) turn. Left stick: walk
 * smoothly, when the visitor has chosen to. The movement is `useLocomotion`; this draws the teleport ray and ring.
 */
export function Locomotion({ origin, rig, exhibition }: LocomotionProps) {
  useLocomotion(origin, rig, exhibition)
  const ray = useRef<Mesh>(null)
  const marker = useRef<Mesh>(null)
  useFrame(() => showAim(ray.current, marker.current, rig.aiming, rig.aim, rayMatrix))

  return (
    <>
      <mesh ref={ray} matrixAutoUpdate={false} visible={false} name="teleport-ray">
        <boxGeometry args={[0.008, 0.008, 1]} />
        <meshBasicMaterial color="#3cc5e0" toneMapped={false} />
      </mesh>
      <mesh ref={marker} rotation-x={-Math.PI / 2} visible={false} name="teleport-marker">
        <ringGeometry args={[0.22, 0.3, 32]} />
        <meshBasicMaterial color="#3cc5e0" toneMapped={false} />
      </mesh>
    </>
  )
}
