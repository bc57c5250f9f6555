import type { Matrix4, Object3D } from 'three'

/** xr-standard gamepad mapping (WebXR Gamepads Module): thumbstick axes and the face buttons. */
export const STICK_X = 2
export const STICK_Y = 3
export const BUTTON_LOWER = 4
export const BUTTON_UPPER = 5

/** The tracked controller (or, with `hand`, the tracked hand) held in one hand. Indexing avoids an iterator. */
export function inputSourceOf(session: XRSession, handedness: XRHandedness, hand = false): XRInputSource | null {
  const sources = session.inputSources
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i]
    if (source && source.handedness === handedness && (source.hand != null) === hand) return source
  }
  return null
}

export const axisOf = (source: XRInputSource | null, index: number): number => source?.gamepad?.axes[index] ?? 0

export const isPressed = (source: XRInputSource | null, index: number): boolean =>
  source?.gamepad?.buttons[index]?.pressed ?? false

/**
 * The world matrix of an input source's space (its pointing ray or its grip), or false when it is not tracked this
 * frame. Poses are relative to the session's floor space, which the play area (`origin`) places in the hall.
 */
export function spaceMatrix(
  frame: XRFrame,
  space: XRSpace,
  referenceSpace: XRReferenceSpace,
  origin: Object3D,
  out: Matrix4,
): boolean {
  const pose = frame.getPose(space, referenceSpace)
  if (!pose) return false
  out.fromArray(pose.transform.matrix).premultiply(origin.matrixWorld)
  return true
}
