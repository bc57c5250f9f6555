import { useFrame } from '@react-three/fiber'
import { Matrix4, Vector3 } from 'three'
import { readPose } from '../state/livePose'
import { useSessionMode } from '../state/sessionMode'
import { setOutgoingPose } from './connection'
import type { PoseSample } from './quantize'

// Scratch objects: nothing is allocated per frame.
const hand = new Vector3()
const origin = new Matrix4()
const sample: PoseSample = { mode: 'desktop', head: [0, 0, 0], yaw: 0, pitch: 0 }
const left: [number, number, number] = [0, 0, 0]
const right: [number, number, number] = [0, 0, 0]

/**
 * Hands this frame each visitor's pose to the connection, which sends it at the pose rate when it changed: the
 * head from the live pose (desktop and headset alike), and in VR the controllers' or tracked hands' grip poses,
 * taken from the XR frame in the reference space and placed in the hall through the rig the camera rides on.
 */
export function usePoseSender(): void {
  useFrame((state, _delta, frame?: XRFrame) => {
    const live = readPose()
    const immersive = useSessionMode.getState().immersive
    sample.mode = immersive ? 'vr' : 'desktop'
    sample.head[0] = live.x
    sample.head[1] = live.height
    sample.head[2] = live.z
    sample.yaw = live.yaw
    sample.pitch = live.pitch
    sample.left = undefined
    sample.right = undefined
    const space = state.gl.xr.getReferenceSpace()
    if (immersive && frame && space) {
      origin.copy(state.camera.parent?.matrixWorld ?? origin.identity())
      for (const source of frame.session.inputSources) {
        const grip = source.gripSpace ?? source.targetRaySpace
        const pose = frame.getPose(grip, space)
        if (!pose || (source.handedness !== 'left' && source.handedness !== 'right')) continue
        const p = pose.transform.position
        hand.set(p.x, p.y, p.z).applyMatrix4(origin)
        const out = source.handedness === 'left' ? left : right
        out[0] = hand.x
        out[1] = hand.y
        out[2] = hand.z
        if (source.handedness === 'left') sample.left = left
        else sample.right = right
      }
    }
    setOutgoingPose(sample)
  })
}
