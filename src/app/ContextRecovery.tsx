import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'

/**
 * Draws the hall again once the browser gives back a lost WebGL context (a driver reset, a GPU process crash, too
 * many contexts). three handles the loss itself and, on restoring, starts a fresh GL state and uploads geometry,
 * textures and programs again on the next render; with frames drawn on demand, nothing would ask for that render.
 */
export function ContextRecovery() {
  const gl = useThree((state) => state.gl)
  const invalidate = useThree((state) => state.invalidate)
  useEffect(() => {
    const canvas = gl.domElement
    // Registered after three's own listener, so the renderer is ready again when this runs.
    const redraw = () => invalidate()
    canvas.addEventListener('webglcontextrestored', redraw)
    return () => canvas.removeEventListener('webglcontextrestored', redraw)
  }, [gl, invalidate])
  return null
}
