import { useFrame } from '@react-three/fiber'
import { useXR } from '@react-three/xr'
import { useRef } from 'react'
import { Quaternion, Vector3 } from 'three'
import { ti } from '../../content/interactiveStrings'
import { HallText } from '../../world/HallText'
import { VRButton } from '../../xrkit/VRButton'
import { inputSourceOf } from '../../xrkit/xrInput'
import type { InteractiveViewProps } from '../types'
import { BUTTON_COLUMNS, BUTTON_ROWS, BUTTON_WIDTH, FIGURE, VRBoard } from '../VRBoard'
import type { Point3 } from './motionLog'
import { privacyReadout, REVEALS } from './readout'
import { useMotionLog } from './useMotionLog'

const SAMPLE_MS = 50
// Scratch values: sampling runs in the render loop and allocates nothing.
const head: Point3 = { x: 0, y: 0, z: 0 }
const hands: Record<'left' | 'right', Point3> = { left: { x: 0, y: 0, z: 0 }, right: { x: 0, y: 0, z: 0 } }
const orientation = new Quaternion()
const forward = new Vector3()

/** Reads a tracked controller's (or hand's) grip position in the floor space into `out`; false if not tracked. */
function gripPosition(
  frame: XRFrame,
  session: XRSession,
  hand: 'left' | 'right',
  space: XRReferenceSpace,
  out: Point3,
): boolean {
  const source = inputSourceOf(session, hand) ?? inputSourceOf(session, hand, true)
  const pose = source && frame.getPose(source.gripSpace ?? source.targetRaySpace, space)
  if (!pose) return false
  out.x = pose.transform.position.x
  out.y = pose.transform.position.y
  out.z = pose.transform.position.z
  return true
}

/**
 * In a headset: the head and both hands as the headset tracks them in the room (physical movement, not teleports
 * or snap turns), sampled twenty times a second into memory and wiped when the panel closes.
 */
export function PrivacyVR({ language }: InteractiveViewProps) {
  const session = useXR((state) => state.session)
  const { log, summary, forget } = useMotionLog()
  const lastSample = useRef(Number.NEGATIVE_INFINITY)

  useFrame((state, _delta, frame?: XRFrame) => {
    const space = state.gl.xr.getReferenceSpace()
    if (!frame || !session || !space) return
    const now = performance.now()
    if (now - lastSample.current < SAMPLE_MS) return
    const viewer = frame.getViewerPose(space)
    if (!viewer) return
    lastSample.current = now
    const { position, orientation: o } = viewer.transform
    head.x = position.x
    head.y = position.y
    head.z = position.z
    orientation.set(o.x, o.y, o.z, o.w)
    forward.set(0, 0, -1).applyQuaternion(orientation)
    const yaw = Math.atan2(-forward.x, -forward.z)
    const pitch = Math.asin(Math.max(-1, Math.min(1, forward.y)))
    const left = gripPosition(frame, session, 'left', space, hands.left) ? hands.left : null
    const right = gripPosition(frame, session, 'right', space, hands.right) ? hands.right : null
    log.push(now, head, yaw, pitch, left, right)
  })

  return (
    <VRBoard
      type="privacy"
      title={ti('privacy', 'figures', language)}
      lines={privacyReadout(summary, language, { headset: true })}
    >
      <HallText
        position={[FIGURE.left, FIGURE.top, 0.003]}
        fontSize={0.022}
        maxWidth={FIGURE.right - FIGURE.left}
        lineHeight={1.35}
        anchorX="left"
        anchorY="top"
        color="#4a5163"
      >
        {[ti('privacy', 'reveals', language), ...REVEALS.map((key) => `· ${ti('privacy', key, language)}`)].join('\n')}
      </HallText>
      <VRButton
        id="privacy-forget"
        label={ti('privacy', 'forget', language)}
        onPress={forget}
        position={[BUTTON_COLUMNS[1], BUTTON_ROWS[1], 0.004]}
        width={BUTTON_WIDTH}
      />
    </VRBoard>
  )
}
