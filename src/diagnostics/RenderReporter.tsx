import { addAfterEffect, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { Object3D } from 'three'
import { Text } from 'troika-three-text'
import { diagnostics } from './diagnostics'
import { readOnDemand } from './reading'

/** Counted by a function made once, so a count allocates nothing. */
let textMeshes = 0
const countText = (object: Object3D) => {
  // A BatchedText is a Text too, and counts once for all its members.
  if (object instanceof Text) textMeshes += 1
}

/** The text meshes on show, counted when a test reads `textMeshes` rather than by a walk of the scene every frame. */
function textMeshesIn(scene: Object3D): number {
  textMeshes = 0
  scene.traverseVisible(countText)
  return textMeshes
}

/**
 * The renderer's own counts after every frame, for the budget tests and the benchmark: copying a few numbers from
 * `renderer.info` is all it costs. Mounted inside the canvas by the app.
 */
export function RenderReporter() {
  const gl = useThree((state) => state.gl)
  const scene = useThree((state) => state.scene)
  useEffect(() => {
    const report = diagnostics()
    const stopCounts = addAfterEffect(() => {
      report.frames += 1
      report.drawCalls = gl.info.render.calls
      report.triangles = gl.info.render.triangles
      report.programs = gl.info.programs?.length ?? 0
      report.geometries = gl.info.memory.geometries
      report.textures = gl.info.memory.textures
    })
    const stopText = readOnDemand(report, 'textMeshes', () => textMeshesIn(scene))
    return () => {
      stopCounts()
      stopText()
    }
  }, [gl, scene])
  return null
}
