import { addAfterEffect, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { type Camera, type Object3D, Vector3 } from 'three'
import { Text } from 'troika-three-text'
import { diagnostics, type HallDiagnostics } from '../diagnostics/diagnostics'
import { allTasksDone, useLoading } from '../state/loadingStore'
import { useSessionMode } from '../state/sessionMode'

const forward = new Vector3()

/** Counted by a function made once, so walking the scene after each frame allocates nothing. */
let textMeshes = 0
const countText = (object: Object3D) => {
  // A BatchedText is a Text too, and counts once for all its members.
  if (object instanceof Text) textMeshes += 1
}

/**
 * In a headset the camera sits inside the moving play area (and carries the head's own pitch and roll), so the
 * floor pose comes from its world matrix rather than its local position.
 */
function writeHeadsetPose(camera: Camera, pose: HallDiagnostics['pose']): void {
  const m = camera.matrixWorld.elements
  forward.set(-(m[8] ?? 0), -(m[9] ?? 0), -(m[10] ?? 0)).normalize()
  pose.x = m[12] ?? 0
  pose.z = m[14] ?? 0
  pose.yaw = Math.atan2(-forward.x, -forward.z)
  pose.pitch = Math.asin(Math.max(-1, Math.min(1, forward.y)))
}

/** After every frame: record the renderer's counts, and mark the first frame that shows the hall complete. */
export function RenderReport() {
  const gl = useThree((state) => state.gl)
  const camera = useThree((state) => state.camera)
  const scene = useThree((state) => state.scene)
  const invalidate = useThree((state) => state.invalidate)

  // Once the last task finishes (text typeset, images decoded), draw one more frame so it can be counted.
  useEffect(() => useLoading.subscribe(() => invalidate()), [invalidate])

  useEffect(
    () =>
      addAfterEffect(() => {
        const report = diagnostics()
        report.frames += 1
        report.drawCalls = gl.info.render.calls
        report.triangles = gl.info.render.triangles
        report.programs = gl.info.programs?.length ?? 0
        report.geometries = gl.info.memory.geometries
        report.textures = gl.info.memory.textures
        textMeshes = 0
        scene.traverseVisible(countText)
        report.textMeshes = textMeshes
        const immersive = useSessionMode.getState().immersive
        report.xr.presenting = immersive
        if (immersive) writeHeadsetPose(camera, report.pose)
        else
          report.pose = { x: camera.position.x, z: camera.position.z, yaw: camera.rotation.y, pitch: camera.rotation.x }
        const loading = useLoading.getState()
        if (!loading.firstFrame && loading.tasks.scene === 1 && allTasksDone(loading.tasks)) {
          report.firstFrameMs = performance.now()
          performance.mark('hall-first-frame')
          loading.markFirstFrame()
        }
      }),
    [gl, camera, scene],
  )
  return null
}
