import type { InputsSeen } from './checks'

export interface VRTestResult {
  /** Frames a second the session showed, from the frames' own timestamps. */
  fps: number
  frames: number
  inputs: InputsSeen
}

/** Long enough to see a rate settle and the controllers wake; short enough to run on each headset at the door. */
export const VR_TEST_MS = 4_000

/**
 * A short immersive session drawn with bare WebGL (a slow colour change, so the wearer sees it run): counts the
 * frames the headset shows and the controllers and hands it sees, then ends. Apart from the hall's own renderer, so
 * the figure is the headset's and browser's, not one exhibit's.
 */
export async function runVRTest(durationMs = VR_TEST_MS): Promise<VRTestResult> {
  const xr = navigator.xr
  if (!xr) throw new Error('This browser has no WebXR.')
  const canvas = document.createElement('canvas')
  const gl = canvas.getContext('webgl2', { xrCompatible: true })
  if (!gl) throw new Error('No WebGL2 context for the VR test.')
  const session = await xr.requestSession('immersive-vr', { optionalFeatures: ['hand-tracking'] })
  try {
    await gl.makeXRCompatible()
    const layer = new XRWebGLLayer(session, gl)
    await session.updateRenderState({ baseLayer: layer })
    const space = await session.requestReferenceSpace('local')
    const controllers = new Set<string>()
    const hands = new Set<string>()
    const times: number[] = []
    await new Promise<void>((resolve) => {
      const frame = (time: number, xrFrame: XRFrame) => {
        times.push(time)
        xrFrame.getViewerPose(space)
        for (const source of session.inputSources) {
          if (source.hand) hands.add(source.handedness)
          else if (source.targetRayMode === 'tracked-pointer') controllers.add(source.handedness)
        }
        const shade = ((time - (times[0] ?? time)) / durationMs) * 0.4
        gl.bindFramebuffer(gl.FRAMEBUFFER, layer.framebuffer)
        gl.clearColor(0.11 + shade * 0.3, 0.14 + shade, 0.2 + shade * 0.5, 1)
        gl.clear(gl.COLOR_BUFFER_BIT)
        if (time - (times[0] ?? time) >= durationMs) resolve()
        else session.requestAnimationFrame(frame)
      }
      session.requestAnimationFrame(frame)
    })
    const first = times[0] ?? 0
    const last = times.at(-1) ?? first
    const fps = last > first ? ((times.length - 1) * 1000) / (last - first) : 0
    return { fps, frames: times.length, inputs: { controllers: controllers.size, hands: hands.size } }
  } finally {
    await session.end().catch(() => undefined)
  }
}
